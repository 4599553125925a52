import { Component, DestroyRef, computed, effect, inject, input, resource, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder, FormControl, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { I18nService } from '../../core/i18n/i18n.service';
import { applyServerErrors, readProblem } from '../../core/net/problem-details';
import { Api } from '../../proxy/api';
import { assessmentTemplateGetList, evaluationCycleCreate, evaluationCycleGetList, streetGetList } from '../../proxy/functions';
import { PeriodKind } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import {
  FormIssue, PERIOD_KINDS, ScheduleInput, componentIssues, defaultSchedule, fromInput, ownWeight, scheduleIssues, toDateOnly, toLocalInput,
} from './cycle-rules';
import { labelSelectInputs } from '../assessment-templates/select-labels';

/**
 * A new cycle on one exact template version. The dates start from the current period and an ordered
 * schedule (scoring two weeks, publication a week later); their order is checked as you pick them.
 */
@Component({
  selector: 'gs-cycle-create',
  imports: [SHARED_IMPORTS],
  templateUrl: './cycle-create.component.html',
})
export class CycleCreateComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);
  /** ?templateId= from a template's "use in a cycle". */
  readonly templateId = input<string>();

  protected readonly kinds = PERIOD_KINDS;
  private readonly fb = inject(FormBuilder);
  private readonly initial = asInputs(defaultSchedule('Quarterly', new Date()));
  protected readonly form = this.fb.group({
    streetId: this.fb.nonNullable.control('', Validators.required),
    name: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(128)]),
    periodKind: this.fb.nonNullable.control<PeriodKind>('Quarterly'),
    periodStart: this.fb.nonNullable.control(this.initial.periodStart, Validators.required),
    periodEnd: this.fb.nonNullable.control(this.initial.periodEnd, Validators.required),
    templateId: new FormControl<string | null>(null, Validators.required),
    opensAt: this.fb.nonNullable.control(this.initial.opensAt, Validators.required),
    scoringDeadline: this.fb.nonNullable.control(this.initial.scoringDeadline, Validators.required),
    publishOn: this.fb.nonNullable.control(this.initial.publishOn, Validators.required),
    appealWindowDays: this.fb.nonNullable.control(10, [Validators.required, Validators.min(1), Validators.max(60)]),
    appealAnswerDays: this.fb.nonNullable.control(10, [Validators.required, Validators.min(1), Validators.max(60)]),
    components: new FormArray<ReturnType<CycleCreateComponent['componentGroup']>>([]),
  });
  private readonly raw = signal(this.form.getRawValue());
  protected readonly saving = signal(false);
  protected readonly formErrors = signal<string[]>([]);

  protected readonly streets = resource({ loader: () => this.api.invoke(streetGetList, { MaxResultCount: 1000 }) });
  protected readonly streetId = computed(() => this.raw().streetId || undefined);
  protected readonly templates = resource({
    params: () => this.streetId(),
    loader: ({ params: StreetId }) => this.api.invoke(assessmentTemplateGetList, { StreetId, Sorting: 'code', MaxResultCount: 1000 }),
  });
  protected readonly earlierCycles = resource({
    params: () => this.streetId(),
    loader: async ({ params: StreetId }) =>
      (await this.api.invoke(evaluationCycleGetList, { StreetId, Sorting: 'periodStart desc', MaxResultCount: 1000 })).items
        .filter(c => c.status !== 'Cancelled' && c.periodKind !== 'Annual'),
  });
  /** Newest version first within each code. */
  protected readonly templateOptions = computed(() =>
    [...(this.templates.hasValue() ? this.templates.value().items : [])].sort((a, b) => a.code.localeCompare(b.code) || b.version - a.version));

  protected readonly issues = computed<FormIssue[]>(() => {
    const v = this.raw();
    const dates: ScheduleInput = {
      periodStart: fromInput(v.periodStart), periodEnd: fromInput(v.periodEnd), opensAt: fromInput(v.opensAt),
      scoringDeadline: fromInput(v.scoringDeadline), publishOn: fromInput(v.publishOn),
    };
    return [...scheduleIssues(dates), ...componentIssues(v.periodKind, v.components)];
  });
  protected readonly ownWeight = computed(() => ownWeight(this.raw().components));

  constructor() {
    labelSelectInputs();
    const destroyRef = inject(DestroyRef);
    this.form.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => this.raw.set(this.form.getRawValue()));
    // A new period kind proposes its current period.
    this.form.controls.periodKind.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(kind => {
      const s = asInputs(defaultSchedule(kind, new Date()));
      this.form.patchValue({ periodStart: s.periodStart, periodEnd: s.periodEnd });
      if (kind !== 'Annual') this.form.controls.components.clear();
    });
    effect(() => {
      const list = this.streets.hasValue() ? this.streets.value().items : [];
      if (list.length === 1 && !this.form.controls.streetId.value) this.form.controls.streetId.setValue(list[0].id);
    });
    effect(() => {
      const options = this.templateOptions();
      const wanted = this.templateId();
      const current = this.form.controls.templateId.value;
      if (!options.length || (current && options.some(t => t.id === current))) return;
      this.form.controls.templateId.setValue(options.find(t => t.id === wanted)?.id ?? options[0].id);
    });
  }

  protected issueOf(field: FormIssue['field']): string {
    const issue = this.issues().find(i => i.field === field);
    return issue ? this.i18n.t(issue.key, issue.params) : '';
  }

  protected componentGroup() {
    return this.fb.group({
      cycleId: new FormControl<string | null>(null, Validators.required),
      weight: new FormControl<number | null>(40, [Validators.required, Validators.min(0.01), Validators.max(99.99)]),
    });
  }

  protected addComponent(): void { this.form.controls.components.push(this.componentGroup()); }
  protected removeComponent(n: number): void { this.form.controls.components.removeAt(n); }

  protected async save(): Promise<void> {
    this.formErrors.set([]);
    if (this.form.invalid || this.issues().length) {
      this.form.markAllAsTouched();
      Object.values(this.form.controls).forEach(c => { c.markAsDirty(); c.updateValueAndValidity(); });
      return;
    }
    const v = this.form.getRawValue();
    this.saving.set(true);
    try {
      const created = await this.api.invoke(evaluationCycleCreate, {
        body: {
          streetId: v.streetId,
          name: v.name.trim(),
          periodKind: v.periodKind,
          periodStart: v.periodStart,
          periodEnd: v.periodEnd,
          templateId: v.templateId,
          opensAt: fromInput(v.opensAt)!.toISOString(),
          scoringDeadline: fromInput(v.scoringDeadline)!.toISOString(),
          publishOn: fromInput(v.publishOn)!.toISOString(),
          appealWindowDays: Number(v.appealWindowDays),
          appealAnswerDays: Number(v.appealAnswerDays),
          components: v.components.map(c => ({ cycleId: c.cycleId, weight: Number(c.weight) })),
        },
      });
      this.message.success(this.i18n.t('cycles.created'));
      await this.router.navigate(['/cycles', created.id]);
    } catch (e) {
      const problem = readProblem(e);
      const unmatched = applyServerErrors(this.form, problem);
      this.formErrors.set(unmatched.length ? unmatched : !problem?.errors && problem?.title ? [problem.title] : []);
    } finally {
      this.saving.set(false);
    }
  }
}

/** The proposed schedule as the native inputs' values. */
function asInputs(s: ScheduleInput) {
  return {
    periodStart: toDateOnly(s.periodStart!), periodEnd: toDateOnly(s.periodEnd!),
    opensAt: toLocalInput(s.opensAt!), scoringDeadline: toLocalInput(s.scoringDeadline!), publishOn: toLocalInput(s.publishOn!),
  };
}
