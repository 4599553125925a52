import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { catchError, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { I18nService } from '../i18n/i18n.service';
import { SILENT_ERRORS } from './http-context';

/**
 * The cookie travels by itself (same origin, SameSite=Strict); this interceptor marks API calls as
 * XHR and handles the session ending: a 401 clears the user and goes to the login page, with the
 * way back in returnUrl.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const notification = inject(NzNotificationService);
  const i18n = inject(I18nService);

  const request = req.url.startsWith('/api/') ? req.clone({ setHeaders: { 'X-Requested-With': 'XMLHttpRequest' } }) : req;
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !req.context.get(SILENT_ERRORS)) {
        auth.clear();
        const current = router.url;
        notification.warning(i18n.t('error.title'), i18n.t('error.unauthorized'), { nzKey: 'unauthorized' });
        void router.navigate(['/login'], { queryParams: current && !current.startsWith('/login') ? { returnUrl: current } : {} });
      }
      return throwError(() => error);
    }),
  );
};
