import { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';

export default [
  {
    path: '',
    providers: [provideEchartsCore({ echarts: () => import('./echarts') })],
    children: [
      { path: '', loadComponent: () => import('./my-results.component').then(m => m.MyResultsComponent) },
      { path: ':cycleId', loadComponent: () => import('./my-result.component').then(m => m.MyResultComponent) },
    ],
  },
] satisfies Routes;
