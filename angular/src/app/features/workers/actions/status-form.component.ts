import { Component, OnInit, computed, inject, input } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { TranslationKey } from '../../../core/i18n/zh-CN';
import { workerPassProbation, workerReinstate, workerSuspend } from '../../../proxy/functions';
import { SHARED_IMPORTS } from '../../../shared';
import { todayIso } from '../dates';
import { validDate } from '../form-support';
import { FormButtonsComponent, FormFailureComponent } from './action-parts';
import { WorkerAction } from './worker-action';

export type StatusChange = 'passProbation' | 'suspend' | 'reinstate';

const CALLS = { passProbation: workerPassProbation, suspend: workerSuspend, reinstate: workerReinstate } as const;

/** Probation passed, suspension, reinstatement: a date (and a note, except for probation, which records none). */
@Component({
  selector: 'gs-status-form',
  imports: [SHARED_IMPORTS, FormFailureComponent, FormButtonsComponent],
  template: `
    <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="status-form">
      <gs-form-failure [failure]="failure()" />
      @if (change() === 'passProbation' && worker().probationEndOn) {
        <p class="gs-muted">{{ 'workerAction.probationEndsOn' | t: { date: (worker().probationEndOn | localDate) } }}</p>
      }
      <nz-form-item>
        <nz-form-label nzFor="status-date" nzRequired>{{ 'workerAction.effectiveOn' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorOf(form.controls.effectiveOn)">
          <input nz-input id="status-date" type="date" formControlName="effectiveOn" data-testid="effective-on" />
        </nz-form-control>
      </nz-form-item>
      @if (change() !== 'passProbation') {
        <nz-form-item>
          <nz-form-label nzFor="status-note">{{ 'workerAction.note' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorOf(form.controls.note)">
            <textarea nz-input id="status-note" rows="2" formControlName="note"></textarea>
          </nz-form-control>
        </nz-form-item>
      }
      <gs-form-buttons [saving]="saving()" [label]="label() | t" [danger]="change() === 'suspend'" (cancel)="cancelled.emit()" />
    </form>
  `,
})
export class StatusFormComponent extends WorkerAction implements OnInit {
  readonly change = input.required<StatusChange>();
  protected readonly label = computed<TranslationKey>(() => `workerAction.${this.change()}`);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    effectiveOn: [todayIso(), [Validators.required, validDate]],
    note: ['', Validators.maxLength(256)],
  });

  ngOnInit(): void {
    const probationEnd = this.worker().probationEndOn;
    // Probation is usually passed on the day it ends.
    if (this.change() === 'passProbation' && probationEnd && probationEnd < todayIso()) this.form.controls.effectiveOn.setValue(probationEnd);
  }

  protected submit(): Promise<void> {
    const v = this.form.getRawValue();
    return this.send(context => this.api.invoke(CALLS[this.change()], {
      id: this.worker().id, body: { effectiveOn: v.effectiveOn, note: v.note || null },
    }, context));
  }
}
