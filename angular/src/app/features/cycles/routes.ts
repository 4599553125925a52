import { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { permissionGuard } from '../../core/auth/permission.guard';

export default [
  { path: '', loadComponent: () => import('./cycle-list.component').then(m => m.CycleListComponent) },
  {
    path: 'new',
    data: { requiredPolicy: P.EvaluationCycles.Manage },
    canActivate: [permissionGuard],
    loadComponent: () => import('./cycle-create.component').then(m => m.CycleCreateComponent),
  },
  {
    path: ':id',
    // The results tab draws the grade distribution; ECharts loads with this page only.
    providers: [provideEchartsCore({ echarts: () => import('./echarts') })],
    loadComponent: () => import('./cycle-detail.component').then(m => m.CycleDetailComponent),
  },
] satisfies Routes;
