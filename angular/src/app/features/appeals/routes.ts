import { Routes } from '@angular/router';

export default [
  { path: '', loadComponent: () => import('./appeal-list.component').then(m => m.AppealListComponent) },
  { path: ':id', loadComponent: () => import('./appeal-detail.component').then(m => m.AppealDetailComponent) },
] satisfies Routes;
