import { ContractKind } from '../../proxy/models';
import { IsoDate, addDays, addMonths, addYears } from './dates';

/** Default fixed term (DOMAIN.md §2): three years. A default for the form, the user may change it. */
export const DEFAULT_TERM_YEARS = 3;

/** True when the term from start to end (last day inclusive) lasts at least the given months. */
export function termAtLeast(startOn: IsoDate, endOn: IsoDate, months: number): boolean {
  return addDays(endOn, 1) >= addMonths(startOn, months);
}

/**
 * The longest probation the law allows for a term (劳动合同法 §19), as the server's ContractRules:
 * under 3 months none; under 1 year 1 month; under 3 years 2 months; 3 years or more, or open-ended,
 * 6 months. Null when a fixed term has no usable end yet.
 */
export function maxProbationMonths(kind: ContractKind, startOn: IsoDate, endOn: IsoDate | null | undefined): number | null {
  if (kind === 'OpenEnded') return 6;
  if (!endOn || endOn < startOn) return null;
  if (!termAtLeast(startOn, endOn, 3)) return 0;
  if (!termAtLeast(startOn, endOn, 12)) return 1;
  if (!termAtLeast(startOn, endOn, 36)) return 2;
  return 6;
}

/** The last day probation may run to, or null when none is allowed (or the term is incomplete). */
export function latestProbationEnd(kind: ContractKind, startOn: IsoDate, endOn: IsoDate | null | undefined): IsoDate | null {
  const months = maxProbationMonths(kind, startOn, endOn);
  if (!months) return null;
  const latest = addDays(addMonths(startOn, months), -1);
  return endOn && latest > endOn ? endOn : latest;
}

/** The last day of a default fixed term starting on the given day. */
export function defaultTermEnd(startOn: IsoDate): IsoDate {
  return addDays(addYears(startOn, DEFAULT_TERM_YEARS), -1);
}
