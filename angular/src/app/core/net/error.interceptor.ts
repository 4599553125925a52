import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { catchError, throwError } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { SILENT_ERRORS } from './http-context';
import { Problem, readProblem } from './problem-details';

/**
 * Every failed API call becomes a readable message: the ProblemDetails title and its field errors in
 * a notification (never a blank page). 401 is the auth interceptor's. The error is rethrown so the
 * caller can also put field errors next to its inputs.
 */
export const errorInterceptor: HttpInterceptorFn = (req, next) => {
  const notification = inject(NzNotificationService);
  const i18n = inject(I18nService);

  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status !== 401 && !req.context.get(SILENT_ERRORS)) {
        const { title, details } = describeProblem(readProblem(error) ?? { status: error.status }, i18n);
        notification.error(title, details.join('\n'), { nzClass: 'gs-error-notification', nzDuration: 6000 });
      }
      return throwError(() => error);
    }),
  );
};

/** The headline and lines to show for a problem: the server's title when it gives one, else a plain-language fallback. */
export function describeProblem(problem: Problem, i18n: I18nService): { title: string; details: string[] } {
  const fallback =
    problem.status === 0 ? i18n.t('error.network')
    : problem.status === 403 ? i18n.t('error.forbidden')
    : problem.status === 404 ? i18n.t('error.notFound')
    : problem.status === 400 ? i18n.t('error.validation')
    : problem.status >= 500 ? i18n.t('error.server')
    : i18n.t('error.title');
  // 5xx titles are generic server texts; 404's "Grid ... was not found" is less useful than ours.
  const useServerTitle = !!problem.title && problem.status >= 400 && problem.status < 500 && problem.status !== 404;
  const details = Object.entries(problem.errors ?? {}).map(([field, messages]) => `${field}: ${messages.join(' ')}`);
  return { title: useServerTitle ? problem.title! : fallback, details: useServerTitle || !problem.title ? details : [problem.title!, ...details] };
}
