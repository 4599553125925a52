import { Routes } from '@angular/router';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { FieldTimeOutline, MessageOutline, SendOutline } from '@ant-design/icons-angular/icons';

export default [
  {
    path: '',
    providers: [provideNzIconsPatch([FieldTimeOutline, MessageOutline, SendOutline])],
    children: [
      { path: '', loadComponent: () => import('./sheet-list.component').then(m => m.SheetListComponent) },
      { path: ':cycleId', loadComponent: () => import('./scoring-grid.component').then(m => m.ScoringGridComponent) },
    ],
  },
] satisfies Routes;
