/**
 * The API writes its UTC DateTimes without a zone ("2026-12-05T16:56:33.71"); JavaScript would read
 * those as local time, eight hours off in China. Treat a time without a zone as UTC.
 */
export function serverTime(value: string): Date;
export function serverTime(value: string | null | undefined): Date | null;
export function serverTime(value: string | null | undefined): Date | null {
  if (!value) return null;
  const zoned = /(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(value) || !value.includes('T');
  return new Date(zoned ? value : `${value}Z`);
}

const DAY_MS = 86_400_000;

/** Time left until a moment, split for display; passed once it is reached. */
export interface Countdown { passed: boolean; totalMs: number; days: number; hours: number; minutes: number; seconds: number }

export function countdown(until: Date, nowMs: number): Countdown {
  const totalMs = Math.max(0, until.getTime() - nowMs);
  const s = Math.floor(totalMs / 1000);
  return {
    passed: totalMs === 0, totalMs,
    days: Math.floor(s / 86_400), hours: Math.floor((s % 86_400) / 3600), minutes: Math.floor((s % 3600) / 60), seconds: s % 60,
  };
}

/** Whole days left, counting a started day as one (the way "3 days left to appeal" is read); 0 once passed. */
export function daysLeft(until: Date, nowMs: number): number {
  return Math.max(0, Math.ceil((until.getTime() - nowMs) / DAY_MS));
}
