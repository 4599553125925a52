import { Routes } from '@angular/router';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { permissionGuard } from '../../core/auth/permission.guard';

/** Directors may read templates; only street HR (Manage) writes versions. */
const editor = () => import('./template-editor.component').then(m => m.TemplateEditorComponent);
const manage = { canActivate: [permissionGuard] };

export default [
  { path: '', loadComponent: () => import('./template-list.component').then(m => m.TemplateListComponent) },
  { path: 'new', data: { requiredPolicy: P.AssessmentTemplates.Manage, mode: 'new' }, ...manage, loadComponent: editor },
  { path: ':id', loadComponent: () => import('./template-detail.component').then(m => m.TemplateDetailComponent) },
  { path: ':id/new-version', data: { requiredPolicy: P.AssessmentTemplates.Manage, mode: 'version' }, ...manage, loadComponent: editor },
  { path: ':id/copy', data: { requiredPolicy: P.AssessmentTemplates.Manage, mode: 'copy' }, ...manage, loadComponent: editor },
] satisfies Routes;
