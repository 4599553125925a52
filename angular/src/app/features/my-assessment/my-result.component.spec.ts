import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { provideEchartsCore } from 'ngx-echarts';
import { AuthService } from '../../core/auth/auth.service';
import { ICONS } from '../../core/icons';
import { MyAssessmentResultDto } from '../../proxy/models';
import { MyResultComponent } from './my-result.component';

const tick = () => new Promise(resolve => setTimeout(resolve));
const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().replace('Z', '');

const result = (appealWindowEndsAt: string | null): MyAssessmentResultDto => ({
  cycleId: 'c1', cycleName: '2026年第二季度考核', periodKind: 'Quarterly', periodStart: '2026-04-01', periodEnd: '2026-06-30',
  total: 86.4, grade: 'Qualified', gradeLabel: '合格（校准）',
  groups: [
    { group: 'Director', weight: 70, effectiveWeight: 70, sheets: 1, score: 88 },
    { group: 'Peers', weight: 30, effectiveWeight: 30, sheets: 2, score: 82.67 },
  ],
  indicators: [{ code: 'K01', kind: 'Rated', group: 'Director', value: 8, maxScore: 10, points: 7.2 }],
  dataFedPoints: 0, bonusPoints: 1, deductionPoints: 0,
  comments: [{ group: 'Peers', indicatorCode: 'K01', comment: '乐于助人' }, { group: 'Director', indicatorCode: 'K01', comment: '走访扎实' }],
  trend: [{ cycleId: 'c1', cycleName: '2026年第二季度考核', periodEnd: '2026-06-30', total: 86.4, grade: 'Qualified' }],
  appealWindowEndsAt,
  indicatorNames: { K01: '入户走访' },
});

describe('MyResultComponent', () => {
  let http: HttpTestingController;

  async function render(dto: MyAssessmentResultDto, appeals: unknown[] = []) {
    TestBed.configureTestingModule({
      imports: [MyResultComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzIcons(ICONS),
        provideEchartsCore({ echarts: () => import('./echarts') }),
        { provide: AuthService, useValue: { isGranted: () => true, profile: () => null } },
        { provide: NzNotificationService, useValue: { error: vi.fn(), success: vi.fn() } }],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MyResultComponent);
    fixture.componentRef.setInput('cycleId', 'c1');
    fixture.detectChanges();
    await tick();
    http.expectOne('/api/app/my/assessment/c1').flush(dto);
    for (let i = 0; i < 3; i++) {
      http.match(r => r.url === '/api/app/appeal').forEach(r => r.flush({ items: appeals, totalCount: appeals.length }));
      await tick();
    }
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows total, the grade of record, each group with its weight, and comments by group only', async () => {
    const el = await render(result(days(4)));
    expect(el.querySelector('[data-testid=my-grade]')!.textContent).toContain('合格（校准）');
    expect(el.querySelector('[data-group=Peers]')!.textContent).toContain('82.67');
    expect(el.querySelector('[data-group=Peers]')!.textContent).toContain('30%');
    const comments = el.querySelector('[data-testid=my-comments]')!.textContent!;
    expect(comments).toContain('同事互评');
    expect(comments).toContain('乐于助人');
    // Indicators by name, not by code: the worker cannot read the template.
    expect(comments).toContain('入户走访');
    expect(el.querySelector('[data-testid=my-indicators]')!.textContent).toContain('入户走访');
    expect(el.textContent).not.toMatch(/排名|名次|rank/i);
  });

  it('shows the days left to appeal and lets the worker file', async () => {
    const el = await render(result(days(3.5)));
    expect(el.querySelector('[data-testid=appeal-days-left]')!.textContent).toContain('申诉期还剩 4 天');
    expect(el.querySelector<HTMLButtonElement>('[data-testid=appeal-submit]')!.disabled).toBe(false);
    expect(el.querySelector<HTMLTextAreaElement>('[data-testid=appeal-reason]')!.disabled).toBe(false);
  });

  it('disables the appeal form once the window has closed', async () => {
    const el = await render(result(days(-1)));
    expect(el.querySelector('[data-testid=appeal-closed]')).not.toBeNull();
    expect(el.querySelector<HTMLButtonElement>('[data-testid=appeal-submit]')!.disabled).toBe(true);
    expect(el.querySelector<HTMLTextAreaElement>('[data-testid=appeal-reason]')!.disabled).toBe(true);
  });

  it('says so when the result was already appealed', async () => {
    const appeal = { id: 'a1', cycleId: 'c1', reason: '走访次数统计有误', indicatorCodes: ['K01'], status: 'Filed', filedAt: days(-1),
      answerDueAt: days(9), decidedAt: null, decision: null, totalBefore: 86.4, gradeBefore: 'Qualified', totalAfter: null, gradeAfter: null };
    const el = await render(result(days(4)), [appeal]);
    expect(el.querySelector('[data-testid=appeal-form]')!.textContent).toContain('您已对此结果提出申诉');
    expect(el.querySelector<HTMLButtonElement>('[data-testid=appeal-submit]')!.disabled).toBe(true);
    expect(el.querySelector('[data-testid=appeal-status]')!.textContent).toContain('待答复');
  });
});
