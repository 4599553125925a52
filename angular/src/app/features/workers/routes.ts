import { Routes } from '@angular/router';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { permissionGuard } from '../../core/auth/permission.guard';

export default [
  { path: '', loadComponent: () => import('./worker-list.component').then(m => m.WorkerListComponent) },
  {
    path: 'new',
    data: { requiredPolicy: P.Workers.Create },
    canActivate: [permissionGuard],
    loadComponent: () => import('./worker-new.component').then(m => m.WorkerNewComponent),
  },
  { path: ':id', loadComponent: () => import('./worker-detail.component').then(m => m.WorkerDetailComponent) },
] satisfies Routes;
