import { Routes } from '@angular/router';
import { authGuard, permissionGuard } from './core/auth/permission.guard';
import { GridStaffPermissions as P } from './core/auth/permissions';
import { workerRegisterUrlForWorker } from './core/auth/scope.guard';
import { LayoutComponent } from './layout/layout.component';

/**
 * Feature areas load lazily; each is guarded by the C# permission name in data.requiredPolicy.
 * Workforce and assessment features slot in here as their own folders when their APIs land.
 */
export const routes: Routes = [
  { path: 'login', loadComponent: () => import('./features/passport/login.component').then(m => m.LoginComponent) },
  {
    path: '',
    component: LayoutComponent,
    canActivate: [authGuard],
    canActivateChild: [permissionGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'workspace' },
      { path: 'workspace', loadChildren: () => import('./features/workspace/routes') },
      { path: 'organization', data: { requiredPolicy: P.Communities.Default }, loadChildren: () => import('./features/organization/routes') },
      { path: 'grids', data: { requiredPolicy: P.Grids.Default }, loadChildren: () => import('./features/grids/routes') },
      { path: 'workers/:id', canMatch: [workerRegisterUrlForWorker], children: [] },
      { path: 'workers', data: { requiredPolicy: P.Workers.Default }, loadChildren: () => import('./features/workers/routes') },
      { path: 'part-time-forces', data: { requiredPolicy: P.PartTimeForces.Default }, loadChildren: () => import('./features/part-time-forces/routes') },
      { path: 'tasks', data: { requiredPolicy: P.GridTaskItems.Default }, loadChildren: () => import('./features/tasks/routes') },
      { path: 'assessment-templates', data: { requiredPolicy: P.AssessmentTemplates.Default }, loadChildren: () => import('./features/assessment-templates/routes') },
      { path: 'cycles', data: { requiredPolicy: P.EvaluationCycles.Default }, loadChildren: () => import('./features/cycles/routes') },
      { path: 'appeals', data: { requiredPolicy: P.Appeals.Review }, loadChildren: () => import('./features/appeals/routes') },
      { path: 'my-profile', loadChildren: () => import('./features/my-profile/routes') },
      { path: 'score-sheets', data: { requiredPolicy: P.ScoreSheets.Default }, loadChildren: () => import('./features/score-sheets/routes') },
      { path: 'my-assessment', data: { requiredPolicy: P.AssessmentResults.Own }, loadChildren: () => import('./features/my-assessment/routes') },
      { path: 'notifications', data: { requiredPolicy: P.Notifications.Default }, loadChildren: () => import('./features/notifications/routes') },
      { path: 'exception/:type', loadComponent: () => import('./features/exception/exception.component').then(m => m.ExceptionComponent) },
      { path: '**', loadComponent: () => import('./features/exception/exception.component').then(m => m.ExceptionComponent) },
    ],
  },
];
