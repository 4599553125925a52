import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { AuthService } from '../../core/auth/auth.service';
import { ICONS } from '../../core/icons';
import { EvaluationCycleDto } from '../../proxy/models';
import { CycleDetailComponent } from './cycle-detail.component';

const tick = (ms = 0) => new Promise(resolve => setTimeout(resolve, ms));

const cycle: EvaluationCycleDto = {
  id: 'c1', streetId: 's1', name: '2026 年第四季度考核', periodKind: 'Quarterly', periodStart: '2026-10-01', periodEnd: '2026-12-31',
  templateId: 't1', opensAt: '2026-12-01T01:00:00Z', scoringDeadline: '2026-12-10T10:00:00Z', publishOn: '2026-12-20T01:00:00Z',
  appealWindowDays: 10, appealAnswerDays: 10, status: 'Closed', openedAt: '2026-12-01T01:00:00Z', closedAt: '2026-12-10T10:00:00Z',
  compiledAt: null, calibratedAt: null, publishedAt: null, finalizedAt: null, cancelledAt: null, cancelReason: null, appealWindowEndsAt: null,
  compileTotal: 0, compileDone: 0, components: [],
};

describe('CycleDetailComponent', () => {
  let http: HttpTestingController;
  let granted: Set<string>;

  async function render(c: EvaluationCycleDto) {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [CycleDetailComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzIcons(ICONS),
        { provide: AuthService, useValue: { isGranted: (p: string) => !p || granted.has(p), hasRole: () => false } },
        { provide: NzNotificationService, useValue: { error: vi.fn(), warning: vi.fn() } }],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CycleDetailComponent);
    fixture.componentRef.setInput('id', c.id);
    await answer(fixture, '/api/app/evaluation-cycle/c1', c);
    await answer(fixture, '/api/app/assessment-template/t1',
      { id: 't1', streetId: 's1', code: 'Q', name: '季度', version: 1, warnings: [], definition: { dimensions: [], raterGroups: [], gradeBands: [], quota: {} } });
    await answer(fixture, '/api/app/evaluation-cycle/c1/scoring-progress', []);
    return fixture;
  }

  /** Waits (a few turns) for the request to the URL, answers it and renders. */
  async function answer(fixture: { detectChanges(): void }, url: string, body: unknown, method = 'GET') {
    for (let n = 0; n < 20; n++) {
      fixture.detectChanges();
      await tick();
      const [request] = http.match({ method, url });
      if (request) {
        request.flush(body as object);
        await tick();
        fixture.detectChanges();
        return;
      }
    }
    throw new Error(`no ${method} ${url}`);
  }

  const buttons = (el: HTMLElement) => [...el.querySelectorAll('[data-testid^=cycle-action-]')].map(b => b.getAttribute('data-testid')!.replace('cycle-action-', ''));

  it('offers the moves of the state that the user may make', async () => {
    granted = new Set(['GridStaff.EvaluationCycles.Manage', 'GridStaff.AssessmentResults.Calibrate']);
    let el: HTMLElement = (await render({ ...cycle, status: 'Compiled', compiledAt: '2026-12-11T00:00:00Z' })).nativeElement;
    expect(buttons(el)).toEqual(['completeCalibration', 'publish', 'compile']);

    TestBed.resetTestingModule();
    granted = new Set(['GridStaff.EvaluationCycles.Default']);
    el = (await render({ ...cycle, status: 'Compiled', compiledAt: '2026-12-11T00:00:00Z' })).nativeElement;
    expect(buttons(el)).toEqual([]);
  });

  it('follows a compile run with a moving progress bar until the cycle is compiled', async () => {
    granted = new Set(['GridStaff.EvaluationCycles.Manage']);
    const fixture = await render(cycle);
    const el: HTMLElement = fixture.nativeElement;
    const component = fixture.componentInstance as unknown as { ask(a: string): void; confirm(): Promise<void> };
    component.ask('compile');
    const done = component.confirm();
    await answer(fixture, '/api/app/evaluation-cycle/c1/compile', { cycleId: 'c1', status: 'Closed', done: 0, total: 10 }, 'POST');
    await done;
    await answer(fixture, '/api/app/evaluation-cycle/c1/progress', { cycleId: 'c1', status: 'Closed', done: 4, total: 10 });
    const bar = () => el.querySelector('[data-testid=compile-progress]')!;
    expect(bar().textContent).toContain('4 / 10');
    expect(bar().textContent).toContain('正在汇总');
    expect(el.querySelector<HTMLButtonElement>('[data-testid=cycle-action-compile]')!.disabled).toBe(true);

    await tick(1600); // the next poll
    await answer(fixture, '/api/app/evaluation-cycle/c1/progress', { cycleId: 'c1', status: 'Compiled', done: 10, total: 10 });
    await answer(fixture, '/api/app/evaluation-cycle/c1', { ...cycle, status: 'Compiled', compiledAt: '2026-12-11T00:00:00Z', compileDone: 10, compileTotal: 10 });
    expect(bar().textContent).toContain('10 / 10');
    expect(el.querySelector('[data-testid=cycle-status]')!.textContent).toContain('已汇总');
    expect(buttons(el)).toContain('publish');
    http.expectNone('/api/app/evaluation-cycle/c1/progress');
  });
});
