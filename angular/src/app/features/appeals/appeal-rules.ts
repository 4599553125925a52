import { serverTime } from '../../core/i18n/i18n.service';

/** An appeal still waiting (Filed) whose answer deadline has passed: the queue shows it red. */
export function isOverdue(status: string, answerDueAt: string, now: Date): boolean {
  return status === 'Filed' && new Date(serverTime(answerDueAt)).getTime() < now.getTime();
}

/** Days left to answer (negative when overdue), counted in whole days from now. */
export function daysLeft(answerDueAt: string, now: Date): number {
  return Math.ceil((new Date(serverTime(answerDueAt)).getTime() - now.getTime()) / 86_400_000);
}
