import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { ICONS } from '../../../core/icons';
import { WorkerDto } from '../../../proxy/models';
import { TransferFormComponent } from './transfer-form.component';

const worker = {
  id: 'w1', streetId: 's1', communityId: 'c1', name: '赵文静', gridIds: ['g9'], status: 'Active', grade: 1, postId: 'p1', hireDate: '2026-03-01',
} as WorkerDto;

const tick = () => new Promise(resolve => setTimeout(resolve));

describe('TransferFormComponent', () => {
  let http: HttpTestingController;

  async function render() {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [TransferFormComponent],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNzIcons(ICONS), { provide: NzNotificationService, useValue: { error: vi.fn() } }],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(TransferFormComponent);
    fixture.componentRef.setInput('worker', worker);
    fixture.detectChanges();
    await tick();
    http.expectOne(r => r.url === '/api/app/community').flush({ items: [{ id: 'c1', name: '芙蓉街社区', streetId: 's1', code: 'FRJ' }], totalCount: 1 });
    http.expectOne(r => r.url === '/api/app/grid').flush({ items: [], totalCount: 0 });
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture;
  }

  it('sends the transfer and says done, without a notification of its own', async () => {
    const fixture = await render();
    const done = vi.fn();
    fixture.componentInstance.done.subscribe(done);
    fixture.nativeElement.querySelector('[data-testid=form-submit]').click();
    await tick();
    const post = http.expectOne({ method: 'POST', url: '/api/app/worker/w1/transfer' });
    expect(post.request.body).toMatchObject({ communityId: 'c1', gridIds: ['g9'], note: null });
    expect(post.request.body.effectiveOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    post.flush({ ...worker });
    await tick();
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('shows a refused transfer (grid full) as a translated headline, the server\'s specifics, and a message under the grids', async () => {
    const fixture = await render();
    const done = vi.fn();
    fixture.componentInstance.done.subscribe(done);
    fixture.nativeElement.querySelector('[data-testid=form-submit]').click();
    await tick();
    const title = 'Grid 芙蓉街第1网格 already has 1 full-time grid worker(s); the staffing norm allows 1 per grid.';
    http.expectOne({ method: 'POST', url: '/api/app/worker/w1/transfer' }).flush(
      { type: 'GridStaff:Worker:GridFull', code: 'GridStaff:Worker:GridFull', title, status: 409, errors: { gridIds: [title] } },
      { status: 409, statusText: 'Conflict' });
    await tick();
    fixture.detectChanges();
    await fixture.whenStable();

    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid=form-failure]')!.textContent).toContain('该网格的专职网格员已满员');
    expect(el.querySelector('[data-testid=form-failure]')!.textContent).toContain(title);
    expect(el.querySelector('[data-testid=transfer-grids-control]')!.textContent).toContain('该网格的专职网格员已满员');
    expect(done).not.toHaveBeenCalled();
    expect(TestBed.inject(NzNotificationService).error).not.toHaveBeenCalled();
  });

  it('does not send without an effective date', async () => {
    const fixture = await render();
    const date: HTMLInputElement = fixture.nativeElement.querySelector('[data-testid=effective-on]');
    date.value = '';
    date.dispatchEvent(new Event('input'));
    fixture.nativeElement.querySelector('[data-testid=form-submit]').click();
    await tick();
    fixture.detectChanges();
    http.expectNone({ method: 'POST' });
    expect(fixture.nativeElement.textContent).toContain('必填');
  });
});
