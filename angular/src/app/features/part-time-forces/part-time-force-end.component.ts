import { Component, OnInit, inject, input, output, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { I18nService } from '../../core/i18n/i18n.service';
import { readProblem } from '../../core/net/problem-details';
import { Api } from '../../proxy/api';
import { partTimeForceUpdate } from '../../proxy/functions';
import { PartTimeForceDto } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { FormButtonsComponent, FormFailureComponent } from '../workers/actions/action-parts';
import { todayIso } from '../workers/dates';
import { Failure, applyFailure, describeFailure, errorText, notBefore, revealErrors, silent, validDate } from '../workers/form-support';

/**
 * Ends a part-time force's service on a date (the record stays, for the grid's history). The update
 * sends no phone, so the stored one is kept.
 */
@Component({
  selector: 'gs-part-time-force-end',
  imports: [SHARED_IMPORTS, FormFailureComponent, FormButtonsComponent],
  template: `
    <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" data-testid="ptf-end-form">
      <gs-form-failure [failure]="failure()" />
      <p>{{ 'ptf.endExplain' | t: { name: force().name, from: (force().activeFrom | localDate) } }}</p>
      <nz-form-item>
        <nz-form-label nzFor="ptf-end-date" nzRequired>{{ 'ptf.activeTo' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorText(form.controls.activeTo, i18n)" data-testid="ptf-end-control">
          <input nz-input id="ptf-end-date" type="date" formControlName="activeTo" data-testid="ptf-end-date" />
        </nz-form-control>
      </nz-form-item>
      <gs-form-buttons [saving]="saving()" [label]="'ptf.end' | t" [danger]="true" (cancel)="cancelled.emit()" />
    </form>
  `,
})
export class PartTimeForceEndComponent implements OnInit {
  private readonly api = inject(Api);
  protected readonly i18n = inject(I18nService);
  readonly force = input.required<PartTimeForceDto>();
  readonly done = output<void>();
  readonly cancelled = output<void>();
  protected readonly errorText = errorText;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    activeTo: [todayIso(), [Validators.required, validDate]],
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<Failure | null>(null);

  ngOnInit(): void {
    const activeTo = this.form.controls.activeTo;
    activeTo.addValidators(notBefore(() => this.force().activeFrom, 'ptf.endBeforeStart'));
    if (this.force().activeFrom > activeTo.value) activeTo.setValue(this.force().activeFrom);
    activeTo.updateValueAndValidity();
  }

  protected async save(): Promise<void> {
    this.failure.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const f = this.force();
    this.saving.set(true);
    try {
      await this.api.invoke(partTimeForceUpdate, {
        id: f.id,
        body: { gridId: f.gridId, microGridId: f.microGridId, name: f.name, role: f.role, phone: null, activeFrom: f.activeFrom, activeTo: this.form.getRawValue().activeTo },
      }, silent());
      this.done.emit();
    } catch (e) {
      const problem = readProblem(e);
      applyFailure(this.form, problem, this.i18n);
      this.failure.set(describeFailure(problem, this.i18n));
    } finally {
      this.saving.set(false);
    }
  }
}
