import { Routes } from '@angular/router';
import { scopeKindGuard } from '../../core/auth/scope.guard';

export default [
  { path: '', canActivate: [scopeKindGuard('Worker')], loadComponent: () => import('./my-profile.component').then(m => m.MyProfileComponent) },
] satisfies Routes;
