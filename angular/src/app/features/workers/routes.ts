import { Routes } from '@angular/router';

export default [
  { path: '', loadComponent: () => import('./worker-list.component').then(m => m.WorkerListComponent) },
  { path: ':id', loadComponent: () => import('./worker-detail.component').then(m => m.WorkerDetailComponent) },
] satisfies Routes;
