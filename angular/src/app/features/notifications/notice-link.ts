import { NotificationDto } from '../../proxy/models';

export interface NoticeLink { commands: string[]; queryParams?: Record<string, string> }

/** Where a notification leads, when it names its subject: the cycle's sheets, my result, or the appeal. */
export function noticeLink(n: Pick<NotificationDto, 'kind' | 'subjectId'>): NoticeLink | null {
  if (!n.subjectId) return null;
  switch (n.kind) {
    case 'SheetAssigned':
    case 'ScoringReminder': return { commands: ['/score-sheets', n.subjectId] };
    case 'ResultPublished': return { commands: ['/my-assessment', n.subjectId] };
    case 'AppealDecided': return { commands: ['/my-assessment'], queryParams: { appeal: n.subjectId } };
    case 'AppealOverdue': return { commands: ['/appeals', n.subjectId] };
    default: return null;
  }
}
