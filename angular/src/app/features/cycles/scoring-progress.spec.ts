import { scoringByCommunity, scoringTotals } from './scoring-progress';

describe('scoring progress', () => {
  const rows = [
    { communityId: 'frj', communityName: '芙蓉街社区', group: 'Director' as const, total: 10, submitted: 4 },
    { communityId: 'frj', communityName: '芙蓉街社区', group: 'Peers' as const, total: 30, submitted: 30 },
    { communityId: 'qlj', communityName: '青龙街社区', group: 'Director' as const, total: 0, submitted: 0 },
  ];

  it('adds up each community over its rater groups, keeping the groups', () => {
    const [frj, qlj] = scoringByCommunity(rows);
    expect(frj).toMatchObject({ communityName: '芙蓉街社区', total: 40, submitted: 34, percent: 85 });
    expect(frj.groups.map(g => `${g.group} ${g.submitted}/${g.total}`)).toEqual(['Director 4/10', 'Peers 30/30']);
    expect(qlj.percent).toBe(0);
  });

  it('totals the street', () => {
    expect(scoringTotals(scoringByCommunity(rows))).toEqual({ total: 40, submitted: 34, percent: 85 });
    expect(scoringTotals([])).toEqual({ total: 0, submitted: 0, percent: 0 });
  });
});
