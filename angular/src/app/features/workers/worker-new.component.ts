import { Component, Signal, computed, effect, inject, resource, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ValidatorFn, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { AuthService } from '../../core/auth/auth.service';
import { I18nService } from '../../core/i18n/i18n.service';
import { readProblem } from '../../core/net/problem-details';
import { Api } from '../../proxy/api';
import { communityGetList, gridGetList, workerCreate, workerGetPosts } from '../../proxy/functions';
import { ContractKind, Education, Gender, PoliticalStatus, PostDto, SocialWorkCertificate, WorkerKind } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { FormFailureComponent } from './actions/action-parts';
import { defaultTermEnd, latestProbationEnd, maxProbationMonths } from './contract-rules';
import { todayIso } from './dates';
import { Failure, applyFailure, describeFailure, errorText, formMessage, gradeInBand, mobilePhone, notBefore, revealErrors, silent, validDate } from './form-support';
import { checkResidentId } from './resident-id';

/**
 * Hiring a worker into the register (POST /api/app/worker). The ID number is checked as it is typed
 * (GB 11643, the server checks again); birth date and gender are filled from it and must agree with it.
 * The first contract can be signed in the same step.
 */
@Component({
  selector: 'gs-worker-new',
  imports: [SHARED_IMPORTS, NzRadioModule, FormFailureComponent],
  templateUrl: './worker-new.component.html',
  styles: `.gs-section { font-size: 16px; font-weight: 600; margin: 8px 0 12px; }`,
})
export class WorkerNewComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);
  private readonly streetId = inject(AuthService).profile()?.scope.streetId ?? undefined;

  protected readonly genders: Gender[] = ['Male', 'Female'];
  protected readonly kinds: WorkerKind[] = ['FullTimeGridWorker', 'OtherCommunityWorker', 'CommunityLeader'];
  protected readonly educations: Education[] = ['JuniorHigh', 'SeniorHigh', 'JuniorCollege', 'Bachelor', 'Master', 'Doctor'];
  protected readonly politicalStatuses: PoliticalStatus[] = ['Masses', 'CommunistYouthLeague', 'ProbationaryPartyMember', 'PartyMember', 'OtherParty'];
  protected readonly certificates: SocialWorkCertificate[] = ['None', 'Junior', 'Intermediate', 'Senior'];
  protected readonly contractKinds: ContractKind[] = ['FixedTerm', 'OpenEnded'];

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(32)]],
    idNumber: ['', [Validators.required, validResidentId]],
    birthDate: ['', [validDate, agreesWithId('birthDate')]],
    gender: [null as Gender | null, [agreesWithId('gender')]],
    phone: ['', [mobilePhone]],
    communityId: ['', Validators.required],
    gridIds: [[] as string[]],
    kind: ['FullTimeGridWorker' as WorkerKind],
    postId: ['', Validators.required],
    grade: [1, [Validators.required, gradeInBand(() => this.band?.())]],
    hireDate: [todayIso(), [Validators.required, validDate]],
    onProbation: [true],
    education: ['JuniorCollege' as Education],
    politicalStatus: ['Masses' as PoliticalStatus],
    certificate: ['None' as SocialWorkCertificate],
    priorYears: [0, [Validators.min(0), Validators.max(50)]],
    signContract: [false],
    contractKind: ['FixedTerm' as ContractKind],
    contractEndOn: [defaultTermEnd(todayIso()), [validDate, notBefore('hireDate', 'workerForm.endBeforeStart')]],
    probationEndOn: ['', [validDate]],
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  protected readonly communities = resource({ loader: () => this.api.invoke(communityGetList, { StreetId: this.streetId, MaxResultCount: 1000 }) });
  protected readonly grids = resource({
    params: () => this.value().communityId || undefined,
    loader: async ({ params: CommunityId }) => (await this.api.invoke(gridGetList, { CommunityId, MaxResultCount: 1000 })).items,
  });
  protected readonly posts = resource({ loader: () => this.api.invoke(workerGetPosts, { streetId: this.streetId }) });
  protected readonly band: Signal<PostDto | null> = computed(() => (this.posts.hasValue() ? this.posts.value() : []).find(p => p.id === this.value().postId) ?? null);

  /** The statutory probation limit for the first contract's term, shown beside the probation date. */
  protected readonly probationMonths = computed(() => {
    const v = this.value();
    return v.hireDate ? maxProbationMonths(v.contractKind ?? 'FixedTerm', v.hireDate, v.contractKind === 'OpenEnded' ? null : v.contractEndOn) : null;
  });
  protected readonly probationLatest = computed(() => {
    const v = this.value();
    return v.hireDate ? latestProbationEnd(v.contractKind ?? 'FixedTerm', v.hireDate, v.contractKind === 'OpenEnded' ? null : v.contractEndOn) : null;
  });

  protected readonly saving = signal(false);
  protected readonly failure = signal<Failure | null>(null);

  constructor() {
    const c = this.form.controls;
    c.probationEndOn.addValidators(control => {
      const latest = this.probationLatestNow();
      if (!control.value || !c.signContract.value) return null;
      if (control.value < c.hireDate.value) return formMessage('workerForm.probationBeforeStart');
      if (!latest) return formMessage('workerForm.noProbationForShortTerm');
      return control.value > latest ? formMessage('workerForm.probationTooLong', { date: latest }) : null;
    });
    c.contractEndOn.addValidators(control =>
      c.signContract?.value && c.contractKind.value === 'FixedTerm' && !control.value ? formMessage('workerForm.endRequired') : null);

    // A valid ID number fills in birth date and gender; the agreement checks rerun on every change.
    c.idNumber.valueChanges.subscribe(value => {
      const id = checkResidentId(value);
      if (id.valid) {
        if (!c.birthDate.value) c.birthDate.setValue(id.birthDate);
        if (!c.gender.value) c.gender.setValue(id.gender);
      }
      c.birthDate.updateValueAndValidity();
      c.gender.updateValueAndValidity();
    });
    c.communityId.valueChanges.subscribe(() => c.gridIds.setValue([]));
    const recheckContract = () => {
      c.contractEndOn.updateValueAndValidity({ emitEvent: false });
      c.probationEndOn.updateValueAndValidity({ emitEvent: false });
    };
    c.hireDate.valueChanges.subscribe(recheckContract);
    c.contractKind.valueChanges.subscribe(recheckContract);
    c.contractEndOn.valueChanges.subscribe(() => c.probationEndOn.updateValueAndValidity({ emitEvent: false }));
    c.signContract.valueChanges.subscribe(recheckContract);
    // A chosen post starts at the bottom of its band unless the grade already fits.
    effect(() => {
      const b = this.band();
      const grade = untracked(() => c.grade);
      if (b) grade.setValue(Math.min(Math.max(Number(grade.value) || b.minGrade, b.minGrade), b.maxGrade));
    });
  }

  private probationLatestNow() {
    const c = this.form.controls;
    const end = c.contractKind.value === 'OpenEnded' ? null : c.contractEndOn.value;
    return c.hireDate.value ? latestProbationEnd(c.contractKind.value, c.hireDate.value, end) : null;
  }

  protected errorOf(control: AbstractControl): string {
    return errorText(control, this.i18n);
  }

  protected async save(): Promise<void> {
    this.failure.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const v = this.form.getRawValue();
    this.saving.set(true);
    try {
      const worker = await this.api.invoke(workerCreate, {
        body: {
          name: v.name.trim(), idNumber: v.idNumber.trim().toUpperCase(), birthDate: v.birthDate || null, gender: v.gender,
          phone: v.phone.trim() || null, communityId: v.communityId, gridIds: v.gridIds, kind: v.kind, postId: v.postId,
          grade: Number(v.grade), hireDate: v.hireDate, onProbation: v.onProbation, education: v.education,
          politicalStatus: v.politicalStatus, certificate: v.certificate, priorYears: Number(v.priorYears),
          contract: v.signContract ? {
            kind: v.contractKind, startOn: v.hireDate,
            endOn: v.contractKind === 'OpenEnded' ? null : v.contractEndOn || null, probationEndOn: v.probationEndOn || null,
          } : null,
        },
      }, silent());
      this.message.success(this.i18n.t('workerNew.saved', { name: worker.name }));
      await this.router.navigate(['/workers', worker.id]);
    } catch (e) {
      const problem = readProblem(e);
      applyFailure(this.form, problem, this.i18n);
      this.failure.set(describeFailure(problem, this.i18n));
    } finally {
      this.saving.set(false);
    }
  }
}

/** 18 characters with the GB 11643 check character and a real birth date; says which part is wrong. */
const validResidentId: ValidatorFn = control => {
  if (!control.value) return null;
  const id = checkResidentId(control.value);
  return id.valid ? null : formMessage(`workerNew.idNumber.${id.problem}`);
};

/** Birth date and gender, when given, must be the ones in the ID number (the server refuses otherwise). */
function agreesWithId(field: 'birthDate' | 'gender'): ValidatorFn {
  return control => {
    const id = checkResidentId(control.parent?.get('idNumber')?.value);
    if (!control.value || !id.valid) return null;
    if (control.value === id[field]) return null;
    return field === 'birthDate'
      ? formMessage('workerNew.birthDateMismatch', { date: id.birthDate })
      : formMessage('workerNew.genderMismatch');
  };
}
