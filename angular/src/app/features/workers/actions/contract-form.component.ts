import { Component, OnInit, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ValidatorFn, Validators } from '@angular/forms';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { workerSignContract } from '../../../proxy/functions';
import { ContractKind, WorkerContractDto } from '../../../proxy/models';
import { SHARED_IMPORTS } from '../../../shared';
import { latestProbationEnd, maxProbationMonths } from '../contract-rules';
import { IsoDate, todayIso } from '../dates';
import { formMessage, notBefore, validDate } from '../form-support';
import { FormButtonsComponent, FormFailureComponent } from './action-parts';
import { defaultContract } from './contract-defaults';
import { WorkerAction } from './worker-action';

/**
 * Sign the first contract or renew. Shows the statutory probation limit for the term while the dates
 * are typed, the worker's flags (an open-ended contract due, the retirement date ending the contract),
 * and checks what it can before the server checks it all (term, probation, overlap).
 */
@Component({
  selector: 'gs-contract-form',
  imports: [SHARED_IMPORTS, NzRadioModule, FormFailureComponent, FormButtonsComponent],
  templateUrl: './contract-form.component.html',
})
export class ContractFormComponent extends WorkerAction implements OnInit {
  readonly contracts = input<readonly WorkerContractDto[]>([]);
  protected readonly kinds: ContractKind[] = ['FixedTerm', 'OpenEnded'];

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    kind: ['FixedTerm' as ContractKind],
    startOn: ['', [Validators.required, validDate]],
    endOn: ['', [validDate, notBefore('startOn', 'workerForm.endBeforeStart')]],
    probationEndOn: ['', [validDate]],
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  /** Only the first contract with the employer may carry probation (the server says so too). */
  protected readonly firstContract = computed(() => this.contracts().length === 0);
  protected readonly probationMonths = computed(() => {
    const v = this.value();
    return v.startOn ? maxProbationMonths(v.kind ?? 'FixedTerm', v.startOn, v.kind === 'OpenEnded' ? null : v.endOn) : null;
  });
  protected readonly probationLatest = computed(() => {
    const v = this.value();
    return v.startOn ? latestProbationEnd(v.kind ?? 'FixedTerm', v.startOn, v.kind === 'OpenEnded' ? null : v.endOn) : null;
  });
  /** The contract would run to or past the statutory retirement date, where it ends by law. */
  protected readonly reachesRetirement = computed(() => {
    const v = this.value();
    const retirement = this.worker().retirementDate;
    return !!retirement && (v.kind === 'OpenEnded' || (!!v.endOn && v.endOn >= retirement));
  });

  ngOnInit(): void {
    const c = this.form.controls;
    c.endOn.addValidators(this.endRequiredForFixedTerm);
    c.probationEndOn.addValidators(this.probationWithinLimit);
    // Each date's checks depend on the others; an open-ended contract has no end date to enter.
    c.kind.valueChanges.subscribe(kind => {
      if (kind === 'OpenEnded') {
        c.endOn.setValue('');
        c.endOn.disable();
      } else {
        c.endOn.enable();
      }
      c.probationEndOn.updateValueAndValidity();
    });
    this.form.reset(defaultContract(this.worker(), this.contracts(), todayIso()));
    c.startOn.valueChanges.subscribe(() => { c.endOn.updateValueAndValidity(); c.probationEndOn.updateValueAndValidity(); });
    c.endOn.valueChanges.subscribe(() => c.probationEndOn.updateValueAndValidity());
  }

  private readonly endRequiredForFixedTerm: ValidatorFn = control =>
    this.form?.controls.kind.value === 'FixedTerm' && !control.value ? formMessage('workerForm.endRequired') : null;

  private readonly probationWithinLimit: ValidatorFn = control => {
    const end: IsoDate = control.value;
    const start = this.form?.controls.startOn.value;
    if (!end || !start) return null;
    if (end < start) return formMessage('workerForm.probationBeforeStart');
    const kind = this.form.controls.kind.value;
    const termEnd = kind === 'OpenEnded' ? null : this.form.controls.endOn.value;
    const latest = latestProbationEnd(kind, start, termEnd);
    if (maxProbationMonths(kind, start, termEnd) === 0) return formMessage('workerForm.noProbationForShortTerm');
    return latest && end > latest ? formMessage('workerForm.probationTooLong', { date: latest }) : null;
  };

  protected submit(): Promise<void> {
    const v = this.form.getRawValue();
    return this.send(context => this.api.invoke(workerSignContract, {
      id: this.worker().id,
      body: {
        kind: v.kind,
        startOn: v.startOn,
        endOn: v.kind === 'OpenEnded' ? null : v.endOn || null,
        probationEndOn: this.firstContract() ? v.probationEndOn || null : null,
      },
    }, context));
  }
}
