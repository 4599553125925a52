import { NgTemplateOutlet } from '@angular/common';
import { Component, DestroyRef, computed, effect, inject, input, resource, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray } from '@angular/forms';
import { Router } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { I18nService } from '../../core/i18n/i18n.service';
import { readProblem } from '../../core/net/problem-details';
import { Api } from '../../proxy/api';
import { assessmentTemplateCreate, assessmentTemplateGet, streetGetList } from '../../proxy/functions';
import { Grade, TemplateDefinition } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import {
  GRADES, INDICATOR_KINDS, QUOTA_ROUNDINGS, QUOTA_SCOPES, RATER_GROUP_KINDS, bandForm, defaultBands, dimensionForm,
  indicatorForm, raterGroupForm, templateForm, toDefinition,
} from './template-form';
import {
  Section, TemplateIssue, bandCoverage, dataFedPoints, groupWeightSum, indicatorsOf, ratedWeightSum, sectionOfField,
  templateIssues, templateWarnings,
} from './template-rules';
import { labelSelectInputs } from './select-labels';

export type EditorMode = 'new' | 'version' | 'copy';

/**
 * Writes a template version. Versions are never edited: saving makes version 1 of a new code, or the
 * next version of the code the editor started from. The sums that must be 100 and the band coverage
 * are checked as you type (template-rules.ts); the server's 400/422 lands on the section it names.
 */
@Component({
  selector: 'gs-template-editor',
  imports: [SHARED_IMPORTS, NgTemplateOutlet],
  templateUrl: './template-editor.component.html',
  styleUrl: './template-editor.component.scss',
})
export class TemplateEditorComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);

  /** The version to start from (route :id); none for a blank new template. */
  readonly id = input<string>();
  /** Route data: a new version of the same code, a copy under a new code, or a blank template. */
  readonly mode = input<EditorMode>('new');

  protected readonly indicatorKinds = INDICATOR_KINDS;
  protected readonly groupKinds = RATER_GROUP_KINDS;
  protected readonly grades = GRADES;
  protected readonly scopes = QUOTA_SCOPES;
  protected readonly roundings = QUOTA_ROUNDINGS;

  protected readonly form = templateForm(this.blank());
  private readonly raw = signal(this.form.getRawValue());

  protected readonly saving = signal(false);
  protected readonly serverErrors = signal<Partial<Record<Section | 'general', string[]>>>({});

  protected readonly streets = resource({ loader: () => this.api.invoke(streetGetList, { MaxResultCount: 1000 }) });
  protected readonly source = resource({
    params: () => this.id(),
    loader: ({ params: id }) => this.api.invoke(assessmentTemplateGet, { id }),
  });

  // Live checks, recomputed on every keystroke.
  protected readonly definition = computed(() => toDefinition(this.raw()));
  protected readonly indicators = computed(() => indicatorsOf(this.definition()));
  protected readonly ratedSum = computed(() => ratedWeightSum(this.indicators()));
  protected readonly groupSum = computed(() => groupWeightSum(this.definition().raterGroups));
  protected readonly coverage = computed(() => bandCoverage(this.definition().gradeBands));
  protected readonly dataFed = computed(() => dataFedPoints(this.indicators()));
  protected readonly issues = computed(() => templateIssues(this.definition()));
  protected readonly warnings = computed(() => templateWarnings(this.definition()));
  /** Options of the groups' indicator pickers; equal lists keep the same array so an open dropdown is not rebuilt on every keystroke. */
  protected readonly ratedCodes = computed(
    () => this.indicators().filter(i => i.kind === 'Rated' && i.code).map(i => ({ code: i.code, name: i.name })),
    { equal: (a, b) => a.length === b.length && a.every((x, n) => x.code === b[n].code && x.name === b[n].name) },
  );
  protected readonly submitted = signal(false);

  constructor() {
    labelSelectInputs();
    this.form.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe(() => this.raw.set(this.form.getRawValue()));

    effect(() => {
      const list = this.streets.hasValue() ? this.streets.value().items : [];
      if (list.length === 1 && !this.form.controls.streetId.value) this.form.controls.streetId.setValue(list[0].id);
    });
    effect(() => {
      const t = this.source.hasValue() ? this.source.value() : undefined;
      if (t) this.load(t.streetId, t.code, t.name, t.definition);
    });
  }

  protected issuesOf(section: Section): TemplateIssue[] {
    return this.issues().filter(i => i.section === section);
  }

  protected serverErrorsOf(section: Section): string[] {
    return this.serverErrors()[section] ?? [];
  }

  protected issueText(issue: TemplateIssue): string {
    const params = { ...issue.params };
    if (typeof params['kind'] === 'string') params['kind'] = this.i18n.tryT(`tpl.group.${params['kind']}`, params['kind']);
    return this.i18n.t(issue.key, params);
  }

  protected get dimensions() { return this.form.controls.dimensions; }
  protected get raterGroups() { return this.form.controls.raterGroups; }
  protected get gradeBands() { return this.form.controls.gradeBands; }

  protected addDimension(): void { this.dimensions.push(dimensionForm({ name: '', indicators: [{}] })); }
  protected addIndicator(d: number): void { this.dimensions.at(d).controls.indicators.push(indicatorForm()); }
  protected addGroup(): void {
    const used = new Set(this.definition().raterGroups.map(g => g.kind));
    this.raterGroups.push(raterGroupForm({ kind: this.groupKinds.find(k => !used.has(k)) ?? 'Director' }));
  }
  protected addBand(): void {
    const used = new Set(this.definition().gradeBands.map(b => b.grade));
    this.gradeBands.push(bandForm({ grade: this.grades.find(g => !used.has(g)) ?? 'Qualified', minScore: 0, maxScore: 0 }));
  }
  protected remove(array: FormArray, index: number): void { array.removeAt(index); }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.serverErrors.set({});
    this.form.markAllAsTouched();
    if (this.form.invalid || this.issues().length) {
      Object.values(this.form.controls).forEach(c => c.updateValueAndValidity());
      this.message.error(this.i18n.t('tpl.fixFirst', { count: this.issues().length || 1 }));
      return;
    }
    this.saving.set(true);
    try {
      const raw = this.form.getRawValue();
      const created = await this.api.invoke(assessmentTemplateCreate, {
        body: { streetId: raw.streetId, code: raw.code.trim(), name: raw.name.trim(), definition: this.definition() },
      });
      this.message.success(this.i18n.t('tpl.saved', { code: created.code, version: created.version }));
      await this.router.navigate(['/assessment-templates', created.id]);
    } catch (e) {
      this.showServerErrors(e);
    } finally {
      this.saving.set(false);
    }
  }

  private showServerErrors(e: unknown): void {
    const problem = readProblem(e);
    if (!problem) throw e;
    const errors: Partial<Record<Section | 'general', string[]>> = {};
    const push = (key: Section | 'general', messages: string[]) => (errors[key] = [...(errors[key] ?? []), ...messages]);
    for (const [field, messages] of Object.entries(problem.errors ?? {})) {
      const section = sectionOfField(field);
      if (section === 'code' || section === 'name' || section === 'streetId') {
        this.form.controls[section].setErrors({ server: messages.join(' ') });
      } else {
        push(section ?? 'general', messages);
      }
    }
    if (!problem.errors && problem.title) push('general', [problem.title]);
    this.serverErrors.set(errors);
  }

  private load(streetId: string, code: string, name: string, d: TemplateDefinition): void {
    const copy = this.mode() === 'copy';
    this.form.patchValue({ streetId, code: copy ? '' : code, name: copy ? '' : name });
    if (this.mode() === 'version') {
      this.form.controls.code.disable();
      this.form.controls.streetId.disable();
    }
    this.form.setControl('dimensions', new FormArray(d.dimensions.map(x => dimensionForm(x))));
    this.form.setControl('raterGroups', new FormArray(d.raterGroups.map(g => raterGroupForm(g))));
    this.form.setControl('gradeBands', new FormArray(d.gradeBands.map(b => bandForm(b))));
    this.form.controls.quota.reset({ ...this.form.controls.quota.getRawValue(), ...d.quota });
  }

  /** A blank template: one dimension with one rated indicator, the director scoring it, DOMAIN.md's bands and quota. */
  private blank(): TemplateDefinition {
    const labels = Object.fromEntries(GRADES.map(g => [g, this.i18n.tryT(`results.grade.${g}`, g)])) as Record<Grade, string>;
    return {
      dimensions: [{ name: this.i18n.t('tpl.defaultDimension'), indicators: [{ code: '', name: '', kind: 'Rated', weight: 0, maxScore: 10 }] }],
      raterGroups: [{ kind: 'Director', weight: 100, indicatorCodes: [], peersPerWorker: 0 }],
      gradeBands: defaultBands(labels),
      quota: { capPercent: 20, targetPercent: 15, scope: 'Street', rounding: 'Down', poolingThreshold: 5 },
    };
  }
}
