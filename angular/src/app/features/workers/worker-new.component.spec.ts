import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { ICONS } from '../../core/icons';
import { residentIdCheckCharacter } from './resident-id';
import { WorkerNewComponent } from './worker-new.component';

const tick = () => new Promise(resolve => setTimeout(resolve));
const first17 = '37010219910908081';
const validId = first17 + residentIdCheckCharacter(first17); // born 1991-09-08, order code odd: male

describe('WorkerNewComponent', () => {
  let http: HttpTestingController;

  async function render() {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [WorkerNewComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzIcons(ICONS), { provide: NzNotificationService, useValue: { error: vi.fn() } }],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(WorkerNewComponent);
    fixture.detectChanges();
    await tick();
    http.expectOne(r => r.url === '/api/app/community').flush({ items: [{ id: 'c1', name: '芙蓉街社区', streetId: 's1', code: 'FRJ' }], totalCount: 1 });
    http.expectOne(r => r.url === '/api/app/worker/posts').flush([{ id: 'p1', streetId: null, code: 'STAFF', name: '其他', minGrade: 1, maxGrade: 12, sortOrder: 40 }]);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture;
  }

  const type = (el: HTMLElement, testId: string, value: string) => {
    const input = el.querySelector<HTMLInputElement>(`[data-testid=${testId}]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };

  it('says what is wrong with the ID number while it is typed', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    type(el, 'new-id-number', '3701021991');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=new-id-number-control]')!.textContent).toContain('身份证号码应为 18 位');

    const typo = validId.slice(0, 17) + (validId[17] === '0' ? '1' : '0');
    type(el, 'new-id-number', typo);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=new-id-number-control]')!.textContent).toContain('校验码不符');
  });

  it('fills birth date and gender from a valid number and flags a birth date that disagrees', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    const form = fixture.componentInstance['form'];
    type(el, 'new-id-number', validId);
    expect(form.controls.birthDate.value).toBe('1991-09-08');
    expect(form.controls.gender.value).toBe('Male');

    type(el, 'new-birth-date', '1991-09-09');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=new-birth-date-control]')!.textContent).toContain('与身份证号码不一致（号码中为 1991-09-08）');
    form.controls.gender.setValue('Female');
    expect(form.controls.gender.hasError('gsMessage')).toBe(true);
  });

  it('sends nothing while the form is invalid, then hires and opens the new record', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    el.querySelector<HTMLButtonElement>('[data-testid=new-save]')!.click();
    await tick();
    http.expectNone({ method: 'POST' });

    const form = fixture.componentInstance['form'];
    type(el, 'new-id-number', validId);
    type(el, 'new-name', '钱立新');
    form.controls.communityId.setValue('c1');
    form.controls.postId.setValue('p1');
    await tick();
    http.match(r => r.url === '/api/app/grid').forEach(r => r.flush({ items: [], totalCount: 0 }));
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    el.querySelector<HTMLButtonElement>('[data-testid=new-save]')!.click();
    await tick();
    const post = http.expectOne({ method: 'POST', url: '/api/app/worker' });
    expect(post.request.body).toMatchObject({ name: '钱立新', idNumber: validId, birthDate: '1991-09-08', gender: 'Male', communityId: 'c1', postId: 'p1', grade: 1, contract: null });
    post.flush({ id: 'w9', name: '钱立新' });
    await tick();
    expect(navigate).toHaveBeenCalledWith(['/workers', 'w9']);
  });
});
