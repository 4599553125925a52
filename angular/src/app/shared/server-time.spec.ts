import { countdown, daysLeft, serverTime } from './server-time';

describe('serverTime', () => {
  it('reads a time without a zone as UTC', () => {
    expect(serverTime('2026-12-05T16:56:33.717913').toISOString()).toBe('2026-12-05T16:56:33.717Z');
  });

  it('keeps an explicit zone', () => {
    expect(serverTime('2026-12-05T16:56:33Z').toISOString()).toBe('2026-12-05T16:56:33.000Z');
    expect(serverTime('2026-12-06T00:56:33+08:00').toISOString()).toBe('2026-12-05T16:56:33.000Z');
  });

  it('passes null through', () => {
    expect(serverTime(null)).toBeNull();
    expect(serverTime(undefined)).toBeNull();
  });
});

describe('countdown', () => {
  const deadline = new Date('2026-12-05T16:00:00Z');

  it('splits the time left into days, hours, minutes and seconds', () => {
    const now = deadline.getTime() - (2 * 86_400 + 3 * 3600 + 4 * 60 + 5) * 1000;
    expect(countdown(deadline, now)).toEqual({ passed: false, totalMs: 183_845_000, days: 2, hours: 3, minutes: 4, seconds: 5 });
  });

  it('is passed at and after the deadline, never negative', () => {
    expect(countdown(deadline, deadline.getTime()).passed).toBe(true);
    expect(countdown(deadline, deadline.getTime() + 5000)).toEqual({ passed: true, totalMs: 0, days: 0, hours: 0, minutes: 0, seconds: 0 });
  });
});

describe('daysLeft', () => {
  const end = new Date('2026-12-15T00:00:00Z');
  it('counts a started day as a whole one', () => {
    expect(daysLeft(end, end.getTime() - 10 * 86_400_000)).toBe(10);
    expect(daysLeft(end, end.getTime() - 1000)).toBe(1);
    expect(daysLeft(end, end.getTime())).toBe(0);
    expect(daysLeft(end, end.getTime() + 1000)).toBe(0);
  });
});
