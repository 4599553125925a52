import { I18nService } from '../../core/i18n/i18n.service';
import { WorkerEventDto } from '../../proxy/models';

/** Names the viewer may read (a worker reading their own history has none: ids are then left out). */
export interface HistoryNames {
  communities?: ReadonlyMap<string, string>;
  grids?: ReadonlyMap<string, string>;
  posts?: ReadonlyMap<string, string>;
}

/** What one history entry changed, in words: where to, which post and grade, why they left. */
export function eventDetails(e: WorkerEventDto, names: HistoryNames, i18n: Pick<I18nService, 't' | 'tryT'>): string[] {
  const lines: string[] = [];
  const community = e.communityId ? names.communities?.get(e.communityId) : undefined;
  if (community) lines.push(i18n.t(e.kind === 'Transfer' ? 'workerHistory.transferredTo' : 'workerHistory.community', { name: community }));
  if (e.gridIds && (e.kind === 'Hire' || e.kind === 'Transfer')) {
    const grids = e.gridIds.map(id => names.grids?.get(id)).filter((n): n is string => !!n);
    if (!e.gridIds.length) lines.push(i18n.t('workerHistory.noGrid'));
    else if (grids.length) lines.push(i18n.t('workerHistory.grids', { names: grids.join('、') }));
  }
  const post = e.postId ? names.posts?.get(e.postId) : undefined;
  if (post) lines.push(i18n.t('workerHistory.post', { name: post }));
  if (e.grade !== null && e.grade !== undefined) lines.push(i18n.t('workerHistory.grade', { grade: e.grade }));
  if (e.kind === 'Hire' && e.probation) lines.push(i18n.t('workerHistory.onProbation'));
  if (e.exitReason) lines.push(i18n.t('workerHistory.exitReason', { reason: i18n.tryT(`exitReason.${e.exitReason}`, e.exitReason) }));
  return lines;
}
