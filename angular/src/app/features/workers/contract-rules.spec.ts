import { defaultTermEnd, latestProbationEnd, maxProbationMonths } from './contract-rules';

describe('contract rules (劳动合同法 §19)', () => {
  it('allows probation by term length, with the boundaries on the exact day', () => {
    expect(maxProbationMonths('FixedTerm', '2026-01-01', '2026-03-30')).toBe(0);
    expect(maxProbationMonths('FixedTerm', '2026-01-01', '2026-03-31')).toBe(1);
    expect(maxProbationMonths('FixedTerm', '2026-01-01', '2026-12-30')).toBe(1);
    expect(maxProbationMonths('FixedTerm', '2026-01-01', '2026-12-31')).toBe(2);
    expect(maxProbationMonths('FixedTerm', '2026-01-01', '2028-12-30')).toBe(2);
    expect(maxProbationMonths('FixedTerm', '2026-01-01', '2028-12-31')).toBe(6);
    expect(maxProbationMonths('OpenEnded', '2026-01-01', null)).toBe(6);
  });

  it('has no limit to show while a fixed term lacks a sensible end', () => {
    expect(maxProbationMonths('FixedTerm', '2026-01-01', null)).toBeNull();
    expect(maxProbationMonths('FixedTerm', '2026-01-01', '2025-12-31')).toBeNull();
  });

  it('gives the last allowed probation day, as the server computes it', () => {
    expect(latestProbationEnd('FixedTerm', '2026-03-01', '2029-02-28')).toBe('2026-08-31');
    expect(latestProbationEnd('FixedTerm', '2026-08-31', '2027-08-30')).toBe('2026-10-30');
    expect(latestProbationEnd('FixedTerm', '2026-01-01', '2026-02-15')).toBeNull();
  });

  it('defaults a fixed term to three years', () => {
    expect(defaultTermEnd('2026-03-01')).toBe('2029-02-28');
    expect(defaultTermEnd('2028-02-29')).toBe('2031-02-27');
  });
});
