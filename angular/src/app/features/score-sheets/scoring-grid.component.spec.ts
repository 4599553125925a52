import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { ICONS } from '../../core/icons';
import { ScoreSheetDto } from '../../proxy/models';
import { ScoringGridComponent } from './scoring-grid.component';

const tick = (ms = 0) => new Promise(resolve => setTimeout(resolve, ms));
const deadline = new Date(Date.now() + 2 * 86_400_000).toISOString().replace('Z', '');

const sheet = (id: string, workerName: string, scores: ScoreSheetDto['scores'] = []): ScoreSheetDto => ({
  id, cycleId: 'c1', workerId: `w-${id}`, workerName, group: 'Director', status: 'Draft', version: 1, submittedAt: null,
  scoringDeadline: deadline, concurrencyStamp: `stamp-${id}`, scores,
  indicators: [{ code: 'A', name: '政治素质', maxScore: 10, scoringGuide: null }, { code: 'B', name: '工作作风', maxScore: 5, scoringGuide: '按记录' }],
});

describe('ScoringGridComponent', () => {
  let http: HttpTestingController;
  let notification: { warning: ReturnType<typeof vi.fn>; error: ReturnType<typeof vi.fn>; success: ReturnType<typeof vi.fn> };

  async function render(sheets: ScoreSheetDto[]) {
    localStorage.clear();
    notification = { warning: vi.fn(), error: vi.fn(), success: vi.fn() };
    TestBed.configureTestingModule({
      imports: [ScoringGridComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzIcons(ICONS),
        { provide: NzNotificationService, useValue: notification }],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ScoringGridComponent);
    fixture.componentRef.setInput('cycleId', 'c1');
    fixture.detectChanges();
    await tick();
    http.expectOne(r => r.url === '/api/app/score-sheet' && r.params.get('CycleId') === 'c1').flush({ items: sheets, totalCount: sheets.length });
    // Let the resource settle (the page keeps timers running, so no whenStable()).
    await tick();
    await tick();
    fixture.detectChanges();
    return fixture;
  }

  const cell = (el: HTMLElement, r: number, c: number) => el.querySelector<HTMLInputElement>(`input[data-row="${r}"][data-col="${c}"]`)!;
  const type = (input: HTMLInputElement, value: string) => { input.value = value; input.dispatchEvent(new Event('input')); };

  it('renders a row per sheet in name order and a column per indicator with its maximum', async () => {
    const fixture = await render([sheet('2', '张三'), sheet('1', '李四', [{ indicatorCode: 'A', score: 7, comment: null }])]);
    const el: HTMLElement = fixture.nativeElement;
    expect([...el.querySelectorAll('tbody tr')].map(tr => tr.getAttribute('data-worker'))).toEqual(['李四', '张三']);
    expect(el.querySelector('th[data-indicator=B]')!.textContent).toContain('满分 5');
    expect(cell(el, 0, 0).value).toBe('7');
    expect(cell(el, 0, 0).getAttribute('aria-label')).toBe('李四，政治素质，满分 10');
  });

  it('shows an invalid score inline and does not send it', async () => {
    const fixture = await render([sheet('1', '李四')]);
    const el: HTMLElement = fixture.nativeElement;
    type(cell(el, 0, 1), '6');
    fixture.detectChanges();
    expect(el.querySelector('.gs-cell-error')!.textContent).toContain('应在 0–5 之间');
    expect(cell(el, 0, 1).getAttribute('aria-invalid')).toBe('true');
    await tick(900);
    http.expectNone('/api/app/score-sheet/1');
  });

  it('autosaves a row with its stamp after a pause, then uses the new stamp', async () => {
    const fixture = await render([sheet('1', '李四')]);
    const el: HTMLElement = fixture.nativeElement;
    type(cell(el, 0, 0), '8');
    type(cell(el, 0, 1), '4');
    await tick(900);
    const put = http.expectOne({ method: 'PUT', url: '/api/app/score-sheet/1' });
    expect(put.request.body).toEqual({ concurrencyStamp: 'stamp-1', scores: [
      { indicatorCode: 'A', score: 8, comment: null }, { indicatorCode: 'B', score: 4, comment: null }] });
    put.flush({ ...sheet('1', '李四'), concurrencyStamp: 'stamp-1b' });
    await tick();
    type(cell(el, 0, 1), '5');
    await tick(900);
    expect(http.expectOne({ method: 'PUT', url: '/api/app/score-sheet/1' }).request.body.concurrencyStamp).toBe('stamp-1b');
  });

  it('on a 409 conflict says so and reloads that row only, keeping the other rows\' edits', async () => {
    const fixture = await render([sheet('1', '李四'), sheet('2', '张三')]);
    const el: HTMLElement = fixture.nativeElement;
    type(cell(el, 0, 0), '8');
    type(cell(el, 1, 0), '9');
    await tick(900);
    const puts = http.match({ method: 'PUT' });
    expect(puts.map(p => p.request.url).sort()).toEqual(['/api/app/score-sheet/1', '/api/app/score-sheet/2']);
    puts.find(p => p.request.url.endsWith('/1'))!.flush({ status: 409, title: 'Someone else changed this sheet', code: 'GridStaff:ConcurrencyConflict' },
      { status: 409, statusText: 'Conflict' });
    puts.find(p => p.request.url.endsWith('/2'))!.flush({ ...sheet('2', '张三'), concurrencyStamp: 'stamp-2b' });
    await tick();
    http.expectOne({ method: 'GET', url: '/api/app/score-sheet/1' })
      .flush({ ...sheet('1', '李四', [{ indicatorCode: 'A', score: 3, comment: null }]), concurrencyStamp: 'stamp-1c' });
    await tick();
    fixture.detectChanges();
    expect(notification.warning).toHaveBeenCalledWith('评分表已在别处修改', expect.stringContaining('李四'), expect.anything());
    expect(cell(el, 0, 0).value).toBe('3');
    expect(cell(el, 1, 0).value).toBe('9');
    expect(el.querySelector('tr[data-sheet="1"] [data-testid=row-save]')!.textContent).toContain('已按服务器重新加载');
  });

  it('turns read-only with the server\'s word when it answers 409 ScoringClosed', async () => {
    const fixture = await render([sheet('1', '李四'), sheet('2', '张三')]);
    const el: HTMLElement = fixture.nativeElement;
    type(cell(el, 0, 0), '8');
    await tick(900);
    http.expectOne({ method: 'PUT' }).flush({ status: 409, title: 'Scoring for this cycle is closed', code: 'GridStaff:ScoreSheet:ScoringClosed' },
      { status: 409, statusText: 'Conflict' });
    await tick();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid=scoring-closed]')!.textContent).toContain('服务器拒绝保存');
    expect(cell(el, 1, 0).readOnly).toBe(true);
    type(cell(el, 1, 0), '5');
    await tick(900);
    http.expectNone({ method: 'PUT' });
  });

  it('moves with the keyboard: Tab along the row, wrapping; Enter down', async () => {
    const fixture = await render([sheet('1', '李四'), sheet('2', '张三')]);
    const el: HTMLElement = fixture.nativeElement;
    const press = (input: HTMLInputElement, key: string, shiftKey = false) => {
      const event = new KeyboardEvent('keydown', { key, shiftKey, cancelable: true });
      input.dispatchEvent(event);
      fixture.detectChanges();
      return event.defaultPrevented;
    };
    cell(el, 0, 0).focus();
    expect(press(cell(el, 0, 0), 'Tab')).toBe(true);
    expect(document.activeElement).toBe(cell(el, 0, 1));
    press(cell(el, 0, 1), 'Tab');
    expect(document.activeElement).toBe(cell(el, 1, 0));
    press(cell(el, 1, 0), 'Enter', true);
    expect(document.activeElement).toBe(cell(el, 0, 0));
    expect(cell(el, 0, 0).getAttribute('tabindex')).toBe('0');
    expect(cell(el, 1, 0).getAttribute('tabindex')).toBe('-1');
    // Shift+Tab at the very first cell leaves the grid: not prevented.
    expect(press(cell(el, 0, 0), 'Tab', true)).toBe(false);
  });
});
