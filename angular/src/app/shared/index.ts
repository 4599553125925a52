import { AsyncPipe } from '@angular/common';
import { ReactiveFormsModule, FormsModule } from '@angular/forms';
import { RouterLink, RouterOutlet } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzDividerModule } from 'ng-zorro-antd/divider';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { LocalDatePipe, LocalNumberPipe, TranslatePipe, TryTranslatePipe } from './i18n.pipes';
import { PermissionDirective } from './permission.directive';

/** What every feature page imports (ng-alain's SHARED_IMPORTS). No providers here. */
export const SHARED_IMPORTS = [
  AsyncPipe, FormsModule, ReactiveFormsModule, RouterLink, RouterOutlet,
  NzAlertModule, NzButtonModule, NzCardModule, NzCheckboxModule, NzDescriptionsModule, NzDividerModule, NzEmptyModule,
  NzFormModule, NzGridModule, NzIconModule, NzInputModule, NzPageHeaderModule, NzResultModule, NzSelectModule,
  NzSpinModule, NzStatisticModule, NzTableModule, NzTagModule,
  TranslatePipe, TryTranslatePipe, LocalDatePipe, LocalNumberPipe, PermissionDirective,
] as const;

export * from './i18n.pipes';
export * from './permission.directive';
