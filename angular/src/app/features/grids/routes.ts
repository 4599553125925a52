import { Routes } from '@angular/router';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { permissionGuard } from '../../core/auth/permission.guard';

export default [
  { path: '', loadComponent: () => import('./grid-list.component').then(m => m.GridListComponent) },
  { path: ':id', loadComponent: () => import('./grid-detail.component').then(m => m.GridDetailComponent) },
  {
    path: ':id/edit',
    data: { requiredPolicy: P.Grids.Update },
    canActivate: [permissionGuard],
    loadComponent: () => import('./grid-edit.component').then(m => m.GridEditComponent),
  },
] satisfies Routes;
