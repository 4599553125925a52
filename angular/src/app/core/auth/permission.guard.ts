import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Route, Router } from '@angular/router';
import { AuthService } from './auth.service';

/**
 * Routes carry `data: { requiredPolicy: GridStaffPermissions.X }` (the C# permission string, or a list
 * of them, all required). Anonymous users go to the login page; signed-in users without the
 * permission see the 403 page.
 */
export const permissionGuard: CanActivateFn & CanMatchFn = (route: { data?: Route['data'] }, stateOrSegments?: unknown) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  if (!auth.isAuthenticated()) {
    const url = typeof (stateOrSegments as { url?: unknown })?.url === 'string' ? (stateOrSegments as { url: string }).url : undefined;
    return router.createUrlTree(['/login'], { queryParams: url ? { returnUrl: url } : {} });
  }
  const required = route.data?.['requiredPolicy'] as string | string[] | undefined;
  return auth.isGranted(required) ? true : router.createUrlTree(['/exception/403']);
};

/** Only signed-in users. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  return auth.isAuthenticated() ? true : inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};
