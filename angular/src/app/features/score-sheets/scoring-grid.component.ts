import { HttpContext } from '@angular/common/http';
import { Component, DestroyRef, ElementRef, computed, effect, inject, input, resource, signal, untracked } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { AuthService } from '../../core/auth/auth.service';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslationKey } from '../../core/i18n/zh-CN';
import { describeProblem } from '../../core/net/error.interceptor';
import { SILENT_ERRORS } from '../../core/net/http-context';
import { readProblem } from '../../core/net/problem-details';
import { Api } from '../../proxy/api';
import { evaluationCycleGet, scoreSheetGet, scoreSheetSave, scoreSheetSubmit } from '../../proxy/functions';
import { RaterGroupKind, ScoreSheetDto } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { serverTime } from '../../shared/server-time';
import { ActiveTimeMeter, Autosaver } from './autosave';
import { CountdownComponent } from './countdown.component';
import { Cell, ScoreGrid, keyToMove } from './score-grid';
import { byWorkerName, loadAllSheets, toRow } from './sheets';

type SaveState = { kind: 'saving' | 'saved' | 'reloaded' } | { kind: 'error'; reason: string };

const SCORING_CLOSED = 'GridStaff:ScoreSheet:ScoringClosed';
const SILENT = () => new HttpContext().set(SILENT_ERRORS, true);

/**
 * Spreadsheet-like scoring of one cycle and rater group: a row per sheet, a column per indicator,
 * entered from the keyboard (the rules live in ScoreGrid). Drafts save per row after a pause with the
 * row's concurrency stamp; a conflict reloads only that row. Read-only after submission or the deadline.
 */
@Component({
  selector: 'gs-scoring-grid',
  imports: [SHARED_IMPORTS, NzTooltipModule, NzModalModule, CountdownComponent],
  templateUrl: './scoring-grid.component.html',
  styleUrl: './scoring-grid.component.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class ScoringGridComponent {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly notification = inject(NzNotificationService);
  private readonly modal = inject(NzModalService);
  private readonly host = inject(ElementRef<HTMLElement>).nativeElement as HTMLElement;
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  readonly cycleId = input.required<string>();
  /** Query parameter: which of my rater groups in this cycle. */
  readonly group = input<string>();

  protected readonly sheets = resource({
    params: () => this.cycleId(),
    loader: ({ params }) => loadAllSheets(this.api, params),
  });
  protected readonly cycle = resource({
    params: () => (this.auth.isGranted(P.EvaluationCycles.Default) ? this.cycleId() : undefined),
    loader: ({ params: id }) => this.api.invoke(evaluationCycleGet, { id }, SILENT()).catch(() => null),
  });

  protected readonly groups = computed<RaterGroupKind[]>(() =>
    [...new Set((this.sheets.hasValue() ? this.sheets.value() : []).map(s => s.group))]);
  protected readonly selectedGroup = computed<RaterGroupKind | undefined>(() => {
    const g = this.groups();
    return g.find(x => x === this.group()) ?? g[0];
  });
  protected readonly cycleTitle = computed(() => {
    const cycle = this.cycle.hasValue() ? this.cycle.value() : null;
    const deadline = this.deadline();
    return cycle?.name ?? (deadline ? this.i18n.t('sheets.cycleFallback', { date: this.i18n.date(deadline, 'short') }) : this.i18n.t('scoring.title'));
  });
  protected readonly deadline = computed(() => {
    const first = this.sheets.hasValue() ? this.sheets.value()[0] : undefined;
    return first ? serverTime(first.scoringDeadline) : null;
  });

  /** The grid is plain TS; rev() is bumped after each change so the template re-reads it. */
  protected readonly grid = signal<ScoreGrid | null>(null);
  protected readonly rev = signal(0);
  protected readonly now = signal(Date.now());
  protected readonly serverClosed = signal(false);
  protected readonly submitting = signal<{ done: number; total: number } | null>(null);
  protected readonly timeSpentMs = signal(0);
  private readonly saveStates = new Map<string, SaveState>();
  private saver: Autosaver | null = null;
  private meter: ActiveTimeMeter | null = null;
  private timeKey = '';

  protected readonly closed = computed(() => this.serverClosed() || (!!this.deadline() && this.deadline()!.getTime() <= this.now()));

  constructor() {
    effect(() => {
      const all = this.sheets.hasValue() ? this.sheets.value() : null;
      const group = this.selectedGroup();
      if (!all || !group) return;
      untracked(() => this.build(all.filter(s => s.group === group), group));
    });
    effect(() => {
      const closed = this.closed();
      const grid = this.grid();
      if (grid && closed && !grid.closed) { grid.closed = true; this.bump(); }
    });
    const timer = setInterval(() => this.tick(), 1000);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(timer);
      // Leaving the page: whatever is still waiting is saved now, not lost.
      void this.saver?.flushAll().catch(() => undefined);
      this.saver?.dispose();
    });
  }

  // ---- template helpers -------------------------------------------------------------------------

  protected cellLabel(grid: ScoreGrid, r: number, c: number): string {
    const col = grid.columns[c];
    return this.i18n.t('scoring.cellLabel', { worker: grid.rows[r].workerName, indicator: col.name, max: this.i18n.number(col.max) });
  }

  protected errorText(cell: Cell, max: number): string {
    return cell.error ? this.i18n.t(`scoring.error.${cell.error}` as TranslationKey, { max: this.i18n.number(max) }) : '';
  }

  protected saveText(grid: ScoreGrid, r: number): string {
    const row = grid.rows[r];
    const state = this.saveStates.get(row.id);
    if (state?.kind === 'error') return this.i18n.t('scoring.save.error', { reason: state.reason });
    if (state?.kind === 'saving') return this.i18n.t('scoring.save.saving');
    const errors = grid.rowErrors(r);
    if (errors && grid.isEditable(r)) return this.i18n.t('scoring.save.invalid', { n: errors });
    if (this.saver?.isPending(row.id)) return this.i18n.t('scoring.save.pending');
    if (state?.kind === 'reloaded') return this.i18n.t('scoring.save.reloaded');
    if (state?.kind === 'saved') return this.i18n.t('scoring.save.saved');
    return '';
  }

  protected saveKind(grid: ScoreGrid, r: number): string {
    const state = this.saveStates.get(grid.rows[r].id);
    return state?.kind === 'error' || (grid.rowErrors(r) && grid.isEditable(r)) ? 'error' : this.saver?.isPending(grid.rows[r].id) ? 'pending' : state?.kind ?? 'idle';
  }

  protected timeSpentText(): string {
    const s = Math.floor(this.timeSpentMs() / 1000);
    return s >= 3600
      ? this.i18n.t('scoring.hoursMinutes', { h: Math.floor(s / 3600), m: Math.floor((s % 3600) / 60) })
      : this.i18n.t('scoring.minutes', { m: Math.floor(s / 60), s: s % 60 });
  }

  // ---- keyboard and input -----------------------------------------------------------------------

  protected onFocus(event: FocusEvent, r: number, c: number): void {
    const grid = this.grid();
    if (!grid) return;
    grid.focus(r, c);
    // Typing replaces the value, as in a spreadsheet.
    (event.target as HTMLInputElement).select();
    this.bump();
  }

  protected onKeydown(event: KeyboardEvent, r: number, c: number): void {
    const grid = this.grid();
    if (!grid || event.isComposing) return;
    this.meter?.activity(Date.now());
    if (event.key === 'F2') {
      event.preventDefault();
      this.host.querySelector<HTMLInputElement>('[data-testid=cell-comment]')?.focus();
      return;
    }
    const move = keyToMove(event.key, event.shiftKey);
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    grid.focus(r, c);
    const to = grid.move(move);
    // Tab at either end of the grid: let the browser move focus out of it.
    if (to.row === r && to.col === c && (move === 'next' || move === 'prev')) return;
    event.preventDefault();
    this.focusCell(to.row, to.col);
  }

  protected onInput(event: Event, r: number, c: number): void {
    const grid = this.grid();
    if (!grid) return;
    this.meter?.activity(Date.now());
    if (grid.setText(r, c, (event.target as HTMLInputElement).value) && grid.isDirty(r)) this.edited(r);
    this.bump();
  }

  protected onComment(event: Event): void {
    const grid = this.grid();
    if (!grid) return;
    this.meter?.activity(Date.now());
    const { row, col } = grid.active;
    if (grid.setComment(row, col, (event.target as HTMLInputElement).value) && grid.isDirty(row)) this.edited(row);
    this.bump();
  }

  protected onCommentKeydown(event: KeyboardEvent): void {
    if (event.isComposing || (event.key !== 'Enter' && event.key !== 'Escape')) return;
    event.preventDefault();
    const { row, col } = this.grid()!.active;
    this.focusCell(row, col);
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.saver?.pendingCount) event.preventDefault();
  }

  protected selectGroup(group: RaterGroupKind): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { group }, replaceUrl: true });
  }

  // ---- saving and submitting --------------------------------------------------------------------

  protected confirmSubmit(r: number): void {
    const grid = this.grid()!;
    const row = grid.rows[r];
    this.modal.confirm({
      nzTitle: this.i18n.t('scoring.submitConfirmTitle', { worker: row.workerName }),
      nzContent: this.i18n.t('scoring.submitConfirm'),
      nzOkText: this.i18n.t('scoring.submit'),
      nzOnOk: () => this.submit(row.id),
    });
  }

  protected confirmSubmitAll(): void {
    const n = this.grid()!.submittableRows().length;
    this.modal.confirm({
      nzTitle: this.i18n.t('scoring.submitAllConfirmTitle', { n }),
      nzContent: this.i18n.t('scoring.submitConfirm'),
      nzOkText: this.i18n.t('scoring.submit'),
      nzOnOk: () => { void this.submitAll(); },
    });
  }

  private async submitAll(): Promise<void> {
    const grid = this.grid()!;
    const ids = grid.submittableRows().map(r => grid.rows[r].id);
    this.submitting.set({ done: 0, total: ids.length });
    let ok = 0;
    for (const id of ids) {
      if (await this.submit(id)) ok++;
      this.submitting.set({ done: ok, total: ids.length });
      if (this.closed()) break;
    }
    this.submitting.set(null);
    if (ok) this.notification.success(this.i18n.t('scoring.submittedAll', { n: ok }), '');
  }

  private async submit(id: string): Promise<boolean> {
    const grid = this.grid()!;
    await this.saver?.flush(id).catch(() => undefined);
    const r = grid.rowIndex(id);
    if (r < 0 || !grid.isEditable(r)) return false;
    if (!grid.isComplete(r) || grid.rowErrors(r) || grid.isDirty(r)) {
      this.notification.warning(grid.rows[r].workerName, this.i18n.t('scoring.incomplete'));
      return false;
    }
    try {
      const dto = await this.api.invoke(scoreSheetSubmit, { id, body: { concurrencyStamp: grid.rows[r].stamp } }, SILENT());
      grid.markSubmitted(grid.rowIndex(id), dto.concurrencyStamp);
      this.saveStates.delete(id);
      return true;
    } catch (e) {
      await this.writeFailed(grid, id, e);
      return false;
    } finally {
      this.bump();
    }
  }

  /** The autosaver's save: the row's valid cells with the stamp it last got from the server. */
  private async save(grid: ScoreGrid, id: string): Promise<void> {
    const r = grid.rowIndex(id);
    if (r < 0 || !grid.isEditable(r) || !grid.isDirty(r)) return;
    const revision = grid.rows[r].revision;
    const scores = grid.savable(r);
    if (!scores.length) { grid.markSaved(r, revision, grid.rows[r].stamp); this.bump(); return; }
    this.saveStates.set(id, { kind: 'saving' });
    this.bump();
    try {
      const dto = await this.api.invoke(scoreSheetSave, { id, body: { concurrencyStamp: grid.rows[r].stamp, scores } }, SILENT());
      grid.markSaved(grid.rowIndex(id), revision, dto.concurrencyStamp);
      this.saveStates.set(id, { kind: 'saved' });
    } catch (e) {
      await this.writeFailed(grid, id, e);
    } finally {
      this.bump();
    }
  }

  /**
   * 409 ScoringClosed: the whole grid turns read-only with the server's word for it. Another 409 (the
   * sheet changed since it was loaded, or was submitted elsewhere): that row alone is reloaded.
   */
  private async writeFailed(grid: ScoreGrid, id: string, error: unknown): Promise<void> {
    const problem = readProblem(error) ?? { status: 0 };
    const worker = grid.rows[grid.rowIndex(id)]?.workerName ?? '';
    if (problem.status === 409 && problem.code === SCORING_CLOSED) {
      this.serverClosed.set(true);
      grid.closed = true;
      this.saver?.dispose();
      this.saveStates.set(id, { kind: 'error', reason: this.i18n.t('scoring.countdown.passed') });
      return;
    }
    if (problem.status === 409) {
      const already = problem.code === 'GridStaff:ScoreSheet:AlreadySubmitted';
      this.notification.warning(this.i18n.t('scoring.conflictTitle'), this.i18n.t(already ? 'scoring.alreadySubmitted' : 'scoring.conflict', { worker }),
        { nzDuration: 0, nzClass: 'gs-conflict-notification' });
      try {
        const fresh = await this.api.invoke(scoreSheetGet, { id });
        grid.replaceRow(toRow(fresh, worker));
        this.saveStates.set(id, { kind: 'reloaded' });
      } catch {
        this.saveStates.set(id, { kind: 'error', reason: this.i18n.t('error.network') });
      }
      return;
    }
    const { title } = describeProblem(problem, this.i18n);
    this.saveStates.set(id, { kind: 'error', reason: title });
    this.notification.error(worker, title);
  }

  // ---- plumbing ---------------------------------------------------------------------------------

  private build(sheets: ScoreSheetDto[], group: RaterGroupKind): void {
    // Switching group: the old grid's pending drafts are saved, not dropped.
    void this.saver?.flushAll().catch(() => undefined);
    const ordered = [...sheets].sort(byWorkerName);
    const columns = (ordered[0]?.indicators ?? []).map(i => ({ code: i.code, name: i.name, max: i.maxScore, guide: i.scoringGuide }));
    const grid = new ScoreGrid(columns, ordered.map(s => toRow(s, s.workerId.slice(0, 8))));
    grid.closed = this.closed();
    this.saveStates.clear();
    this.saver = new Autosaver(id => this.save(grid, id));
    this.timeKey = `gridstaff.scoringTime.${this.auth.profile()?.id}.${this.cycleId()}.${group}`;
    this.meter = new ActiveTimeMeter(Number(localStorage.getItem(this.timeKey)) || 0);
    this.timeSpentMs.set(this.meter.totalMs);
    this.grid.set(grid);
    this.bump();
  }

  private edited(r: number): void {
    this.saver?.schedule(this.grid()!.rows[r].id);
  }

  private tick(): void {
    const now = Date.now();
    this.now.set(now);
    if (!this.meter) return;
    const before = this.meter.totalMs;
    const total = this.meter.tick(now, document.visibilityState === 'visible');
    if (total !== before) {
      this.timeSpentMs.set(total);
      try { localStorage.setItem(this.timeKey, String(Math.round(total))); } catch { /* private mode */ }
    }
  }

  private focusCell(r: number, c: number): void {
    const input = this.host.querySelector<HTMLInputElement>(`input[data-row="${r}"][data-col="${c}"]`);
    input?.focus();
    input?.select();
    input?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  private bump(): void {
    this.rev.update(v => v + 1);
  }
}
