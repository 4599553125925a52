import { Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { workerExit } from '../../../proxy/functions';
import { ExitReason } from '../../../proxy/models';
import { SHARED_IMPORTS } from '../../../shared';
import { todayIso } from '../dates';
import { revealErrors, validDate } from '../form-support';
import { FormFailureComponent } from './action-parts';
import { WorkerAction } from './worker-action';

/** Exit with a reason. History is append-only, so it cannot be undone: the user confirms once more. */
@Component({
  selector: 'gs-exit-form',
  imports: [SHARED_IMPORTS, NzPopconfirmModule, FormFailureComponent],
  template: `
    <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="$event.preventDefault()" data-testid="exit-form">
      <gs-form-failure [failure]="failure()" />
      <nz-alert class="gs-mb" nzType="warning" nzShowIcon [nzMessage]="'workerAction.exitWarning' | t" />
      <nz-form-item>
        <nz-form-label nzFor="exit-reason" nzRequired>{{ 'workerAction.exitReason' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorOf(form.controls.reason)">
          <nz-select nzId="exit-reason" formControlName="reason" data-testid="exit-reason">
            @for (r of reasons; track r) { <nz-option [nzValue]="r" [nzLabel]="('exitReason.' + r) | tt" /> }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="exit-date" nzRequired>{{ 'workerAction.exitDate' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorOf(form.controls.effectiveOn)">
          <input nz-input id="exit-date" type="date" formControlName="effectiveOn" data-testid="effective-on" />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="exit-note">{{ 'workerAction.note' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorOf(form.controls.note)">
          <textarea nz-input id="exit-note" rows="2" formControlName="note"></textarea>
        </nz-form-control>
      </nz-form-item>
      <div class="gs-form-buttons">
        <button nz-button type="button" (click)="cancelled.emit()" data-testid="form-cancel">{{ 'workerForm.cancel' | t }}</button>
        @if (form.valid) {
          <button nz-button nzType="primary" nzDanger type="button" [nzLoading]="saving()" data-testid="form-submit"
                  nz-popconfirm [nzPopconfirmTitle]="'workerAction.exitConfirm' | t: { name: worker().name }" (nzOnConfirm)="submit()">{{ 'workerAction.exit' | t }}</button>
        } @else {
          <button nz-button nzType="primary" nzDanger type="button" (click)="revealErrors(form)" data-testid="form-submit">{{ 'workerAction.exit' | t }}</button>
        }
      </div>
    </form>
  `,
  styles: `.gs-form-buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 8px; }`,
})
export class ExitFormComponent extends WorkerAction {
  protected readonly reasons: ExitReason[] = ['Resignation', 'ContractEnd', 'Dismissal', 'Retirement', 'Assessment'];
  protected readonly revealErrors = revealErrors;
  protected readonly form = inject(FormBuilder).group({
    reason: [null as ExitReason, Validators.required],
    effectiveOn: [todayIso(), [Validators.required, validDate]],
    note: ['', Validators.maxLength(256)],
  });

  protected submit(): Promise<void> {
    const v = this.form.getRawValue();
    return this.send(context => this.api.invoke(workerExit, {
      id: this.worker().id, body: { reason: v.reason, effectiveOn: v.effectiveOn, note: v.note || null },
    }, context));
  }
}
