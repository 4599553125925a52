import { poolOf, quotaState } from './quota';

describe('excellent quota', () => {
  it('says whether another excellent fits', () => {
    expect(quotaState({ excellent: 2, cap: 3 })).toBe('room');
    expect(quotaState({ excellent: 3, cap: 3 })).toBe('full');
    expect(quotaState({ excellent: 4, cap: 3 })).toBe('over');
    expect(quotaState({ excellent: 0, cap: 0 })).toBe('full');
  });

  it('finds a community its own pool, else the street pool', () => {
    const pools = [
      { pool: 'street', assessed: 7, cap: 1, target: 1, excellent: 0 },
      { pool: 'c1', assessed: 12, cap: 2, target: 1, excellent: 2 },
    ];
    expect(poolOf(pools, 'c1')?.pool).toBe('c1');
    expect(poolOf(pools, 'c2')?.pool).toBe('street');
    expect(poolOf([], 'c2')).toBeUndefined();
  });
});
