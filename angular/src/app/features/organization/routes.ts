import { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';

export default [
  {
    path: '',
    providers: [provideEchartsCore({ echarts: () => import('./echarts') })],
    loadComponent: () => import('./organization.component').then(m => m.OrganizationComponent),
  },
] satisfies Routes;
