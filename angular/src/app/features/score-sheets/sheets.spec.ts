import { ScoreSheetDto } from '../../proxy/models';
import { byWorkerName, sheetSets } from './sheets';

const sheet = (cycleId: string, group: ScoreSheetDto['group'], status: string, deadline: string, workerName = '张三'): ScoreSheetDto =>
  ({ id: `${cycleId}-${group}-${Math.random()}`, cycleId, group, status, scoringDeadline: deadline, workerName } as ScoreSheetDto);

describe('sheetSets', () => {
  it('groups by cycle and rater group with counts, newest deadline first', () => {
    const sets = sheetSets([
      sheet('c1', 'Director', 'Draft', '2026-06-30T00:00:00'),
      sheet('c2', 'Director', 'Submitted', '2026-12-05T00:00:00'),
      sheet('c1', 'Director', 'Submitted', '2026-06-30T00:00:00'),
      sheet('c2', 'Peers', 'Draft', '2026-12-05T00:00:00'),
    ]);
    expect(sets.map(s => [s.cycleId, s.group, s.total, s.submitted])).toEqual([
      ['c2', 'Director', 1, 1], ['c2', 'Peers', 1, 0], ['c1', 'Director', 2, 1],
    ]);
  });
});

describe('byWorkerName', () => {
  it('orders Chinese names by pinyin', () => {
    const names = ['赵六', '李四', '王五', '张三'].map(n => sheet('c', 'Director', 'Draft', '', n));
    expect(names.sort(byWorkerName).map(s => s.workerName)).toEqual(['李四', '王五', '张三', '赵六']);
  });
});
