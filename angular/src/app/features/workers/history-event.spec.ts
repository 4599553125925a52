import { TestBed } from '@angular/core/testing';
import { I18nService } from '../../core/i18n/i18n.service';
import { WorkerEventDto } from '../../proxy/models';
import { eventDetails } from './history-event';

const entry = (e: Partial<WorkerEventDto>): WorkerEventDto => ({
  id: 'e', sequence: 1, kind: 'Transfer', effectiveOn: '2026-12-01', recordedAt: '2026-12-01T00:00:00Z', communityId: null,
  gridIds: null, probation: null, postId: null, grade: null, contractId: null, exitReason: null, note: null, ...e,
});

describe('eventDetails', () => {
  let i18n: I18nService;
  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
  });

  it('names the community and grids a transfer went to', () => {
    const names = { communities: new Map([['c1', '芙蓉街社区']]), grids: new Map([['g1', '第1网格'], ['g2', '第2网格']]) };
    expect(eventDetails(entry({ communityId: 'c1', gridIds: ['g1', 'g2'] }), names, i18n))
      .toEqual(['调入社区：芙蓉街社区', '网格：第1网格、第2网格']);
    expect(eventDetails(entry({ communityId: 'c1', gridIds: [] }), names, i18n)).toEqual(['调入社区：芙蓉街社区', '未分配网格']);
  });

  it('says the post and grade of a post change, and the reason of an exit, in English too', () => {
    i18n.use('en-US');
    expect(eventDetails(entry({ kind: 'PostChange', postId: 'p1', grade: 5 }), { posts: new Map([['p1', 'Deputy']]) }, i18n))
      .toEqual(['Post: Deputy', 'Grade 5']);
    expect(eventDetails(entry({ kind: 'Exit', exitReason: 'Resignation' }), {}, i18n)).toEqual(['Reason: resignation']);
  });

  it('leaves out what the viewer may not name (a worker reading their own history)', () => {
    expect(eventDetails(entry({ communityId: 'c1', gridIds: ['g1'] }), {}, i18n)).toEqual([]);
  });
});
