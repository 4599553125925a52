/**
 * The scoring grid's state and rules, without the DOM: one row per score sheet, one column per
 * indicator. Keyboard moves, validation as you type, totals, what a row may save or submit.
 * The component only renders this and forwards keys and input to it.
 */

export interface GridColumn { code: string; name: string; max: number; guide: string | null }

export interface GridRowInit {
  id: string;
  workerName: string;
  status: string;
  stamp: string;
  scores: ReadonlyArray<{ indicatorCode: string; score: number; comment?: string | null }>;
}

/** notNumber: not a plain number; range: outside 0..max; decimals: more than two decimal places. */
export type CellError = 'notNumber' | 'range' | 'decimals';

export interface Cell { text: string; value: number | null; error: CellError | null; comment: string }

export interface Row {
  readonly id: string;
  readonly workerName: string;
  status: string;
  stamp: string;
  cells: Cell[];
  /** Bumped on every edit, so a save that finishes after a newer edit does not mark the row clean. */
  revision: number;
  savedRevision: number;
}

/** next/prev: Tab and Shift+Tab; enterDown/enterUp: Enter and Shift+Enter; the rest: arrow keys. */
export type Move = 'next' | 'prev' | 'enterDown' | 'enterUp' | 'up' | 'down' | 'left' | 'right';
export interface Position { row: number; col: number }

export const SUBMITTED = 'Submitted';

/** Full-width digits and point (a Chinese IME's default) count as ASCII ones. */
function normalize(text: string): string {
  return text.trim().replace(/[０-９]/g, d => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[．。]/g, '.');
}

/** Validates what was typed into a cell: empty is "not scored yet", not an error. */
export function parseScore(text: string, max: number): { value: number | null; error: CellError | null } {
  const t = normalize(text);
  if (t === '') return { value: null, error: null };
  if (/^-\d+(\.\d+)?$/.test(t)) return { value: null, error: 'range' };
  if (/^\d+\.\d{3,}$/.test(t)) return { value: null, error: 'decimals' };
  if (!/^(\d+(\.\d{1,2})?|\.\d{1,2})$/.test(t)) return { value: null, error: 'notNumber' };
  const value = Number(t);
  return value > max ? { value: null, error: 'range' } : { value, error: null };
}

/** Which move a key asks for: Tab/Shift+Tab along the row (wrapping), Enter down (Shift+Enter up), arrows one cell. */
export function keyToMove(key: string, shift: boolean): Move | null {
  switch (key) {
    case 'Tab': return shift ? 'prev' : 'next';
    case 'Enter': return shift ? 'enterUp' : 'enterDown';
    case 'ArrowUp': return 'up';
    case 'ArrowDown': return 'down';
    case 'ArrowLeft': return 'left';
    case 'ArrowRight': return 'right';
    default: return null;
  }
}

export class ScoreGrid {
  readonly rows: Row[];
  active: Position = { row: 0, col: 0 };
  /** The deadline passed or the server said scoring is closed: nothing is editable. */
  closed = false;

  constructor(readonly columns: readonly GridColumn[], rows: readonly GridRowInit[]) {
    this.rows = rows.map(r => this.toRow(r));
    const first = this.rows.findIndex((_, i) => this.isEditable(i));
    this.active = { row: Math.max(0, first), col: 0 };
  }

  cell(row: number, col: number): Cell {
    return this.rows[row].cells[col];
  }

  rowIndex(id: string): number {
    return this.rows.findIndex(r => r.id === id);
  }

  isEditable(row: number): boolean {
    return !this.closed && this.rows[row]?.status !== SUBMITTED;
  }

  isActive(row: number, col: number): boolean {
    return this.active.row === row && this.active.col === col;
  }

  /** Typing into a cell; refused (false) on a read-only row. */
  setText(row: number, col: number, text: string): boolean {
    if (!this.isEditable(row)) return false;
    const cell = this.cell(row, col);
    if (cell.text === text) return true;
    const { value, error } = parseScore(text, this.columns[col].max);
    Object.assign(cell, { text, value, error });
    this.rows[row].revision++;
    return true;
  }

  setComment(row: number, col: number, comment: string): boolean {
    if (!this.isEditable(row)) return false;
    const cell = this.cell(row, col);
    if (cell.comment === comment) return true;
    cell.comment = comment;
    this.rows[row].revision++;
    return true;
  }

  focus(row: number, col: number): void {
    if (row >= 0 && row < this.rows.length && col >= 0 && col < this.columns.length) this.active = { row, col };
  }

  /**
   * Moves the active cell and returns where it landed (unchanged when there is nowhere to go, so the
   * caller can let Tab leave the grid). Tab and Enter, the entry keys, skip rows that can no longer be
   * edited; arrows visit every cell, so submitted rows can still be read.
   */
  move(move: Move): Position {
    const { row, col } = this.active;
    const last = this.columns.length - 1;
    const editable = this.isEditable(row);
    let next: Position | null = null;
    switch (move) {
      case 'left': next = { row, col: Math.max(0, col - 1) }; break;
      case 'right': next = { row, col: Math.min(last, col + 1) }; break;
      case 'up': next = { row: Math.max(0, row - 1), col }; break;
      case 'down': next = { row: Math.min(this.rows.length - 1, row + 1), col }; break;
      case 'enterDown':
      case 'enterUp': {
        const r = this.findEditable(row, move === 'enterDown' ? 1 : -1);
        next = r === null ? null : { row: r, col };
        break;
      }
      case 'next': {
        if (col < last && editable) { next = { row, col: col + 1 }; break; }
        const r = this.findEditable(row, 1);
        next = r === null ? null : { row: r, col: 0 };
        break;
      }
      case 'prev': {
        if (col > 0 && editable) { next = { row, col: col - 1 }; break; }
        const r = this.findEditable(row, -1);
        next = r === null ? null : { row: r, col: last };
        break;
      }
    }
    if (next) this.active = next;
    return this.active;
  }

  rowTotal(row: number): number {
    return round2(this.rows[row].cells.reduce((sum, c) => sum + (c.error ? 0 : (c.value ?? 0)), 0));
  }

  get maxTotal(): number {
    return round2(this.columns.reduce((sum, c) => sum + c.max, 0));
  }

  rowErrors(row: number): number {
    return this.rows[row].cells.filter(c => c.error).length;
  }

  /** Every indicator has a valid score. */
  isComplete(row: number): boolean {
    return this.rows[row].cells.every(c => c.value !== null && !c.error);
  }

  isDirty(row: number): boolean {
    const r = this.rows[row];
    return r.revision !== r.savedRevision;
  }

  /** The scores a save sends: valid cells only (invalid and empty ones are never sent). */
  savable(row: number): { indicatorCode: string; score: number; comment: string | null }[] {
    return this.rows[row].cells.flatMap((c, i) => c.value !== null && !c.error
      ? [{ indicatorCode: this.columns[i].code, score: c.value, comment: c.comment.trim() || null }] : []);
  }

  /** Comments on cells without a valid score cannot be saved (a comment belongs to a score). */
  orphanComments(row: number): number {
    return this.rows[row].cells.filter(c => c.comment.trim() && (c.value === null || c.error)).length;
  }

  markSaved(row: number, revision: number, stamp: string): void {
    const r = this.rows[row];
    r.stamp = stamp;
    r.savedRevision = Math.max(r.savedRevision, revision);
  }

  markSubmitted(row: number, stamp: string): void {
    const r = this.rows[row];
    r.status = SUBMITTED;
    r.stamp = stamp;
    r.savedRevision = r.revision;
  }

  /** Puts the server's version of a row in place (after a conflict); the other rows keep their edits. */
  replaceRow(init: GridRowInit): void {
    const i = this.rowIndex(init.id);
    if (i >= 0) this.rows[i] = this.toRow(init);
  }

  /** Draft rows that are complete and valid, ready to submit. */
  submittableRows(): number[] {
    return this.rows.flatMap((_, i) => this.isEditable(i) && this.isComplete(i) && !this.rowErrors(i) ? [i] : []);
  }

  submittedCount(): number {
    return this.rows.filter(r => r.status === SUBMITTED).length;
  }

  private findEditable(from: number, step: 1 | -1): number | null {
    for (let r = from + step; r >= 0 && r < this.rows.length; r += step) if (this.isEditable(r)) return r;
    return null;
  }

  private toRow(init: GridRowInit): Row {
    const byCode = new Map(init.scores.map(s => [s.indicatorCode.toLowerCase(), s]));
    return {
      id: init.id, workerName: init.workerName, status: init.status, stamp: init.stamp, revision: 0, savedRevision: 0,
      cells: this.columns.map(col => {
        const s = byCode.get(col.code.toLowerCase());
        return { text: s ? String(s.score) : '', value: s ? s.score : null, error: null, comment: s?.comment ?? '' };
      }),
    };
  }
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
