import { Component, computed, inject, input, output, signal } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { AuthService } from '../../../core/auth/auth.service';
import { GridStaffPermissions as P } from '../../../core/auth/permissions';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslationKey } from '../../../core/i18n/zh-CN';
import { WorkerContractDto, WorkerDto } from '../../../proxy/models';
import { SHARED_IMPORTS } from '../../../shared';
import { ContractFormComponent } from './contract-form.component';
import { ExitFormComponent } from './exit-form.component';
import { GradeFormComponent } from './grade-form.component';
import { PostFormComponent } from './post-form.component';
import { StatusFormComponent } from './status-form.component';
import { TransferFormComponent } from './transfer-form.component';

export type WorkerActionKind = 'transfer' | 'changePost' | 'changeGrade' | 'passProbation' | 'suspend' | 'reinstate' | 'exit' | 'contract';

interface ActionButton { kind: WorkerActionKind; permission: string; danger?: boolean }

/** Which actions the worker's status allows (the server's history rules decide the rest, e.g. dates). */
export function actionsFor(worker: Pick<WorkerDto, 'status'>): WorkerActionKind[] {
  switch (worker.status) {
    case 'Exited': return [];
    case 'Probation': return ['transfer', 'changePost', 'changeGrade', 'contract', 'passProbation', 'suspend', 'exit'];
    case 'Suspended': return ['transfer', 'changePost', 'changeGrade', 'contract', 'reinstate', 'exit'];
    default: return ['transfer', 'changePost', 'changeGrade', 'contract', 'suspend', 'exit'];
  }
}

const BUTTONS: readonly ActionButton[] = [
  { kind: 'transfer', permission: P.Workers.Transfer },
  { kind: 'changePost', permission: P.Workers.ChangePost },
  { kind: 'changeGrade', permission: P.Workers.ChangePost },
  { kind: 'contract', permission: P.Workers.Contracts },
  { kind: 'passProbation', permission: P.Workers.Update },
  { kind: 'suspend', permission: P.Workers.Exit },
  { kind: 'reinstate', permission: P.Workers.Exit },
  { kind: 'exit', permission: P.Workers.Exit, danger: true },
];

/**
 * Street HR's actions on one worker, each a small form in a modal, each shown only with its
 * permission (the same strings the API checks) and when the worker's status allows it.
 */
@Component({
  selector: 'gs-worker-actions',
  imports: [SHARED_IMPORTS, NzModalModule, TransferFormComponent, PostFormComponent, GradeFormComponent, StatusFormComponent, ExitFormComponent, ContractFormComponent],
  templateUrl: './worker-actions.component.html',
  styles: `.gs-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 16px; }`,
})
export class WorkerActionsComponent {
  private readonly auth = inject(AuthService);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  readonly worker = input.required<WorkerDto>();
  readonly contracts = input<readonly WorkerContractDto[]>([]);
  /** After the server accepted an action: the page reloads the record, history and contracts. */
  readonly changed = output<WorkerActionKind>();

  protected readonly open = signal<WorkerActionKind | null>(null);
  protected readonly buttons = computed(() => {
    const allowed = new Set(actionsFor(this.worker()));
    return BUTTONS.filter(b => allowed.has(b.kind) && this.auth.isGranted(b.permission));
  });

  protected label(kind: WorkerActionKind): TranslationKey {
    if (kind === 'contract') return this.contracts().length ? 'workerAction.renewContract' : 'workerAction.signContract';
    return `workerAction.${kind}`;
  }

  protected title(kind: WorkerActionKind): string {
    return `${this.i18n.t(this.label(kind))} · ${this.worker().name}`;
  }

  protected done(kind: WorkerActionKind): void {
    this.open.set(null);
    this.message.success(this.i18n.t('workerAction.saved'));
    this.changed.emit(kind);
  }
}
