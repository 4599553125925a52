import { noticeLink } from './notice-link';

describe('noticeLink', () => {
  it('sends sheet notices to the cycle\'s scoring grid', () => {
    expect(noticeLink({ kind: 'SheetAssigned', subjectId: 'c1' })).toEqual({ commands: ['/score-sheets', 'c1'] });
    expect(noticeLink({ kind: 'ScoringReminder', subjectId: 'c1' })).toEqual({ commands: ['/score-sheets', 'c1'] });
  });

  it('sends a published result to my result and a decided appeal to my appeals', () => {
    expect(noticeLink({ kind: 'ResultPublished', subjectId: 'c2' })).toEqual({ commands: ['/my-assessment', 'c2'] });
    expect(noticeLink({ kind: 'AppealDecided', subjectId: 'a1' })).toEqual({ commands: ['/my-assessment'], queryParams: { appeal: 'a1' } });
  });

  it('sends an overdue appeal to the review page', () => {
    expect(noticeLink({ kind: 'AppealOverdue', subjectId: 'a1' })).toEqual({ commands: ['/appeals', 'a1'] });
  });

  it('has no link without a subject or for an unknown kind', () => {
    expect(noticeLink({ kind: 'SheetAssigned', subjectId: null })).toBeNull();
    expect(noticeLink({ kind: 'Something', subjectId: 'x' })).toBeNull();
  });
});
