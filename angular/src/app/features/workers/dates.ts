/**
 * Calendar dates as the API sends them ("yyyy-MM-dd", .NET DateOnly), computed without time zones.
 * addMonths/addYears clamp to the month's last day like DateOnly does (31 Jan + 1 month = 28/29 Feb),
 * so the hints here match the server's contract rules to the day.
 */
export type IsoDate = string;

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today in the browser's own calendar (not UTC: a user in Beijing at 07:00 is already on today). */
export function todayIso(now = new Date()): IsoDate {
  return format(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = pattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(d, daysIn(year, month)));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** The first day of the month after the given date ("from the next month", DOMAIN.md §2). */
export function firstOfNextMonth(date: IsoDate): IsoDate {
  const [y, m] = parts(date);
  return addMonths(format(y, m, 1), 1);
}

function parts(date: IsoDate): [number, number, number] {
  const m = pattern.exec(date);
  if (!m) throw new Error(`Not a yyyy-MM-dd date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
