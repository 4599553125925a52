import { Routes } from '@angular/router';

export default [
  { path: '', loadComponent: () => import('./part-time-force-list.component').then(m => m.PartTimeForceListComponent) },
] satisfies Routes;
