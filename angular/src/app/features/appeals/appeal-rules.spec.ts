import { daysLeft, isOverdue } from './appeal-rules';

describe('appeal rules', () => {
  const now = new Date('2025-03-10T08:00:00Z');

  it('marks a filed appeal past its answer date as overdue', () => {
    expect(isOverdue('Filed', '2025-03-09T08:00:00Z', now)).toBe(true);
    expect(isOverdue('Filed', '2025-03-11T08:00:00Z', now)).toBe(false);
  });

  it('never marks an answered appeal as overdue', () => {
    expect(isOverdue('Rejected', '2025-03-01T08:00:00Z', now)).toBe(false);
    expect(isOverdue('Rescored', '2025-03-01T08:00:00Z', now)).toBe(false);
  });

  it('counts the days left, negative when late', () => {
    expect(daysLeft('2025-03-12T08:00:00Z', now)).toBe(2);
    expect(daysLeft('2025-03-10T20:00:00Z', now)).toBe(1);
    expect(daysLeft('2025-03-08T08:00:00Z', now)).toBe(-2);
  });

  it('reads a deadline without an offset as UTC', () => {
    expect(isOverdue('Filed', '2025-03-10T07:00:00', now)).toBe(true);
    expect(isOverdue('Filed', '2025-03-10T09:00:00', now)).toBe(false);
  });
});
