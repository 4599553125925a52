import { GridColumn, GridRowInit, ScoreGrid, keyToMove, parseScore } from './score-grid';

const columns: GridColumn[] = [
  { code: 'A', name: '政治素质', max: 10, guide: null },
  { code: 'B', name: '工作能力', max: 5, guide: '按走访记录评分' },
  { code: 'C', name: '工作作风', max: 20, guide: null },
];
const row = (id: string, status = 'Draft', scores: GridRowInit['scores'] = []): GridRowInit =>
  ({ id, workerName: `worker ${id}`, status, stamp: `stamp-${id}`, scores });

describe('parseScore', () => {
  it('accepts whole and decimal numbers from 0 to the maximum', () => {
    expect(parseScore('0', 10)).toEqual({ value: 0, error: null });
    expect(parseScore('10', 10)).toEqual({ value: 10, error: null });
    expect(parseScore(' 7.5 ', 10)).toEqual({ value: 7.5, error: null });
    expect(parseScore('.5', 10)).toEqual({ value: 0.5, error: null });
  });

  it('treats empty as not scored yet, not as an error', () => {
    expect(parseScore('', 10)).toEqual({ value: null, error: null });
    expect(parseScore('   ', 10)).toEqual({ value: null, error: null });
  });

  it('refuses letters, signs and anything but a plain number', () => {
    for (const text of ['abc', '7a', '1e1', '+3', '3,5', '1.2.3', '0x5', '5.']) {
      expect(parseScore(text, 10), text).toEqual({ value: null, error: 'notNumber' });
    }
  });

  it('refuses scores above the maximum and below zero', () => {
    expect(parseScore('10.01', 10).error).toBe('range');
    expect(parseScore('11', 10).error).toBe('range');
    expect(parseScore('-1', 10).error).toBe('range');
  });

  it('refuses more than two decimal places', () => {
    expect(parseScore('7.125', 10)).toEqual({ value: null, error: 'decimals' });
  });

  it('reads full-width digits typed with a Chinese input method', () => {
    expect(parseScore('８．５', 10)).toEqual({ value: 8.5, error: null });
  });
});

describe('keyToMove', () => {
  it('maps the entry and arrow keys', () => {
    expect(keyToMove('Tab', false)).toBe('next');
    expect(keyToMove('Tab', true)).toBe('prev');
    expect(keyToMove('Enter', false)).toBe('enterDown');
    expect(keyToMove('Enter', true)).toBe('enterUp');
    expect(keyToMove('ArrowUp', false)).toBe('up');
    expect(keyToMove('ArrowDown', false)).toBe('down');
    expect(keyToMove('ArrowLeft', false)).toBe('left');
    expect(keyToMove('ArrowRight', false)).toBe('right');
    expect(keyToMove('5', false)).toBeNull();
    expect(keyToMove('Escape', false)).toBeNull();
  });
});

describe('ScoreGrid', () => {
  it('loads saved scores and comments into the cells', () => {
    const grid = new ScoreGrid(columns, [row('1', 'Draft', [{ indicatorCode: 'b', score: 4, comment: '很好' }])]);
    expect(grid.cell(0, 1)).toEqual({ text: '4', value: 4, error: null, comment: '很好' });
    expect(grid.cell(0, 0)).toEqual({ text: '', value: null, error: null, comment: '' });
  });

  it('starts on the first row that can still be edited', () => {
    const grid = new ScoreGrid(columns, [row('1', 'Submitted'), row('2'), row('3')]);
    expect(grid.active).toEqual({ row: 1, col: 0 });
  });

  describe('Tab and Shift+Tab', () => {
    it('go along the row and wrap to the next and previous row', () => {
      const grid = new ScoreGrid(columns, [row('1'), row('2')]);
      expect(grid.move('next')).toEqual({ row: 0, col: 1 });
      expect(grid.move('next')).toEqual({ row: 0, col: 2 });
      expect(grid.move('next')).toEqual({ row: 1, col: 0 });
      expect(grid.move('prev')).toEqual({ row: 0, col: 2 });
    });

    it('skip submitted rows', () => {
      const grid = new ScoreGrid(columns, [row('1'), row('2', 'Submitted'), row('3')]);
      grid.focus(0, 2);
      expect(grid.move('next')).toEqual({ row: 2, col: 0 });
      expect(grid.move('prev')).toEqual({ row: 0, col: 2 });
    });

    it('stay put at either end, so the browser can move focus out of the grid', () => {
      const grid = new ScoreGrid(columns, [row('1'), row('2')]);
      expect(grid.move('prev')).toEqual({ row: 0, col: 0 });
      grid.focus(1, 2);
      expect(grid.move('next')).toEqual({ row: 1, col: 2 });
    });
  });

  describe('Enter', () => {
    it('goes down the column to the next row to score, skipping submitted ones', () => {
      const grid = new ScoreGrid(columns, [row('1'), row('2', 'Submitted'), row('3')]);
      grid.focus(0, 1);
      expect(grid.move('enterDown')).toEqual({ row: 2, col: 1 });
      expect(grid.move('enterDown')).toEqual({ row: 2, col: 1 });
      expect(grid.move('enterUp')).toEqual({ row: 0, col: 1 });
    });
  });

  describe('arrow keys', () => {
    it('move one cell, stop at the edges and visit submitted rows too', () => {
      const grid = new ScoreGrid(columns, [row('1'), row('2', 'Submitted')]);
      expect(grid.move('left')).toEqual({ row: 0, col: 0 });
      expect(grid.move('up')).toEqual({ row: 0, col: 0 });
      expect(grid.move('right')).toEqual({ row: 0, col: 1 });
      expect(grid.move('down')).toEqual({ row: 1, col: 1 });
      expect(grid.move('down')).toEqual({ row: 1, col: 1 });
      grid.focus(1, 2);
      expect(grid.move('right')).toEqual({ row: 1, col: 2 });
    });
  });

  describe('typing', () => {
    it('validates as you type and keeps the text the user typed', () => {
      const grid = new ScoreGrid(columns, [row('1')]);
      grid.setText(0, 1, '6');
      expect(grid.cell(0, 1)).toMatchObject({ text: '6', value: null, error: 'range' });
      grid.setText(0, 1, '5');
      expect(grid.cell(0, 1)).toMatchObject({ text: '5', value: 5, error: null });
    });

    it('is refused on a submitted row and on a closed grid', () => {
      const grid = new ScoreGrid(columns, [row('1', 'Submitted'), row('2')]);
      expect(grid.setText(0, 0, '5')).toBe(false);
      expect(grid.cell(0, 0).text).toBe('');
      grid.closed = true;
      expect(grid.setText(1, 0, '5')).toBe(false);
      expect(grid.setComment(1, 0, 'x')).toBe(false);
      expect(grid.isEditable(1)).toBe(false);
    });

    it('makes the row dirty until a save of that revision comes back', () => {
      const grid = new ScoreGrid(columns, [row('1')]);
      expect(grid.isDirty(0)).toBe(false);
      grid.setText(0, 0, '8');
      const saving = grid.rows[0].revision;
      grid.setText(0, 1, '3'); // typed while the save was under way
      grid.markSaved(0, saving, 'new-stamp');
      expect(grid.rows[0].stamp).toBe('new-stamp');
      expect(grid.isDirty(0)).toBe(true);
      grid.markSaved(0, grid.rows[0].revision, 'newer-stamp');
      expect(grid.isDirty(0)).toBe(false);
    });

    it('does not count typing the same text again as an edit', () => {
      const grid = new ScoreGrid(columns, [row('1', 'Draft', [{ indicatorCode: 'A', score: 8 }])]);
      grid.setText(0, 0, '8');
      expect(grid.isDirty(0)).toBe(false);
    });
  });

  it('totals the valid scores of a row against the sum of the maximums', () => {
    const grid = new ScoreGrid(columns, [row('1')]);
    grid.setText(0, 0, '8.5');
    grid.setText(0, 1, '9'); // invalid: max 5
    grid.setText(0, 2, '12.25');
    expect(grid.rowTotal(0)).toBe(20.75);
    expect(grid.maxTotal).toBe(35);
    expect(grid.rowErrors(0)).toBe(1);
  });

  it('saves valid cells only, with their trimmed comments', () => {
    const grid = new ScoreGrid(columns, [row('1')]);
    grid.setText(0, 0, '8');
    grid.setComment(0, 0, '  表现突出 ');
    grid.setText(0, 1, 'x');
    grid.setComment(0, 1, '无分数的评语');
    expect(grid.savable(0)).toEqual([{ indicatorCode: 'A', score: 8, comment: '表现突出' }]);
    expect(grid.orphanComments(0)).toBe(1);
  });

  it('offers for submission only complete, valid draft rows', () => {
    const grid = new ScoreGrid(columns, [row('1'), row('2'), row('3', 'Submitted', [
      { indicatorCode: 'A', score: 1 }, { indicatorCode: 'B', score: 1 }, { indicatorCode: 'C', score: 1 }])]);
    ['8', '4', '15'].forEach((t, c) => grid.setText(0, c, t));
    ['8', '4'].forEach((t, c) => grid.setText(1, c, t));
    expect(grid.isComplete(0)).toBe(true);
    expect(grid.isComplete(1)).toBe(false);
    expect(grid.submittableRows()).toEqual([0]);
    grid.setText(0, 2, '25');
    expect(grid.submittableRows()).toEqual([]);
  });

  it('marks a submitted row read-only', () => {
    const grid = new ScoreGrid(columns, [row('1')]);
    grid.markSubmitted(0, 's2');
    expect(grid.isEditable(0)).toBe(false);
    expect(grid.submittedCount()).toBe(1);
    expect(grid.rows[0].stamp).toBe('s2');
  });

  it('replaces one row with the server version and keeps the edits of the others', () => {
    const grid = new ScoreGrid(columns, [row('1'), row('2')]);
    grid.setText(0, 0, '3');
    grid.setText(1, 0, '4');
    grid.replaceRow(row('1', 'Draft', [{ indicatorCode: 'A', score: 9 }]));
    expect(grid.cell(0, 0).value).toBe(9);
    expect(grid.isDirty(0)).toBe(false);
    expect(grid.cell(1, 0).value).toBe(4);
    expect(grid.isDirty(1)).toBe(true);
  });
});
