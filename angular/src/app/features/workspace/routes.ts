import { Routes } from '@angular/router';

export default [
  { path: '', loadComponent: () => import('./workspace.component').then(m => m.WorkspaceComponent) },
] satisfies Routes;
