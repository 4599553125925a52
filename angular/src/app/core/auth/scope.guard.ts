import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import { AuthService } from './auth.service';
import { GridStaffPermissions as P } from './permissions';

/** Pages that exist only for one kind of data scope ("my profile" is for a user who is a worker). */
export function scopeKindGuard(kind: string): CanActivateFn {
  return () => inject(AuthService).profile()?.scope.kind === kind || inject(Router).createUrlTree(['/exception/404']);
}

/**
 * A worker opening a register address (/workers/<id>): their own id leads to "my profile", any other
 * to the not-found page, as the server answers out-of-scope records with 404 (DOMAIN.md §7) — never a
 * 403 that would tell them the record exists. Users with the register permission match the register.
 */
export const workerRegisterUrlForWorker: CanMatchFn = (_route, segments) => {
  const auth = inject(AuthService);
  const scope = auth.profile()?.scope;
  if (scope?.kind !== 'Worker' || auth.isGranted(P.Workers.Default)) return false;
  const id = segments[1]?.path;
  return inject(Router).createUrlTree(id && id === scope.workerId ? ['/my-profile'] : ['/exception/404']);
};
