import { FormArray, FormBuilder, FormControl, FormGroup, Validators } from '@angular/forms';
import {
  Grade, GradeBandDefinition, IndicatorDefinition, IndicatorKind, QuotaRounding, QuotaScope,
  RaterGroupDefinition, RaterGroupKind, TemplateDefinition,
} from '../../proxy/models';

/** The editor's typed reactive form for a template definition, and its conversion to and from the DTO. */

export const INDICATOR_KINDS: IndicatorKind[] = ['Rated', 'DataFed', 'Bonus', 'Deduction'];
export const RATER_GROUP_KINDS: RaterGroupKind[] = ['Director', 'Peers', 'StreetHr', 'Residents', 'Self'];
export const GRADES: Grade[] = ['Excellent', 'Qualified', 'BasicallyQualified', 'Unqualified'];
export const QUOTA_SCOPES: QuotaScope[] = ['Street', 'Community'];
export const QUOTA_ROUNDINGS: QuotaRounding[] = ['Down', 'Nearest', 'Up'];

export type IndicatorForm = FormGroup<{
  code: FormControl<string>;
  name: FormControl<string>;
  kind: FormControl<IndicatorKind>;
  weight: FormControl<number>;
  maxScore: FormControl<number>;
  scoringGuide: FormControl<string>;
  target: FormControl<number | null>;
  cap: FormControl<number | null>;
}>;
export type DimensionForm = FormGroup<{ name: FormControl<string>; indicators: FormArray<IndicatorForm> }>;
export type RaterGroupForm = FormGroup<{
  kind: FormControl<RaterGroupKind>;
  weight: FormControl<number>;
  indicatorCodes: FormControl<string[]>;
  peersPerWorker: FormControl<number>;
}>;
export type BandForm = FormGroup<{
  grade: FormControl<Grade>;
  label: FormControl<string>;
  minScore: FormControl<number>;
  maxScore: FormControl<number>;
  performanceCoefficient: FormControl<number>;
}>;
export type TemplateForm = ReturnType<typeof templateForm>;

const fb = new FormBuilder().nonNullable;

export function indicatorForm(i: Partial<IndicatorDefinition> = {}): IndicatorForm {
  return fb.group({
    code: [i.code ?? '', [Validators.required, Validators.maxLength(32)]],
    name: [i.name ?? '', [Validators.required, Validators.maxLength(128)]],
    kind: [i.kind ?? ('Rated' as IndicatorKind)],
    weight: [i.weight ?? 0, [Validators.required, Validators.min(0), Validators.max(100)]],
    maxScore: [i.maxScore ?? 10, [Validators.min(0), Validators.max(1000)]],
    scoringGuide: [i.scoringGuide ?? '', Validators.maxLength(1000)],
    target: new FormControl<number | null>(i.target ?? null, [Validators.min(0)]),
    cap: new FormControl<number | null>(i.cap ?? null, [Validators.min(0), Validators.max(100)]),
  });
}

export function dimensionForm(d: { name?: string; indicators?: Partial<IndicatorDefinition>[] } = {}): DimensionForm {
  return fb.group({
    name: [d.name ?? '', [Validators.required, Validators.maxLength(128)]],
    indicators: fb.array((d.indicators ?? [{}]).map(i => indicatorForm(i))),
  });
}

export function raterGroupForm(g: Partial<RaterGroupDefinition> = {}): RaterGroupForm {
  return fb.group({
    kind: [g.kind ?? ('Director' as RaterGroupKind)],
    weight: [g.weight ?? 0, [Validators.required, Validators.min(0), Validators.max(100)]],
    indicatorCodes: [g.indicatorCodes ?? ([] as string[])],
    peersPerWorker: [g.peersPerWorker ?? 0, [Validators.min(0), Validators.max(10)]],
  });
}

export function bandForm(b: Partial<GradeBandDefinition> = {}): BandForm {
  return fb.group({
    grade: [b.grade ?? ('Qualified' as Grade)],
    label: [b.label ?? '', [Validators.required, Validators.maxLength(32)]],
    minScore: [b.minScore ?? 0, [Validators.required, Validators.min(0), Validators.max(100)]],
    maxScore: [b.maxScore ?? 100, [Validators.required, Validators.min(0), Validators.max(100)]],
    performanceCoefficient: [b.performanceCoefficient ?? 1, [Validators.min(0), Validators.max(5)]],
  });
}

/** DOMAIN.md §5 defaults: ≥90 / 75–89 / 60–74 / <60 with 1.2 / 1.0 / 0.6 / 0. */
export function defaultBands(labels: Record<Grade, string>): GradeBandDefinition[] {
  return [
    { grade: 'Excellent', label: labels.Excellent, minScore: 90, maxScore: 100, performanceCoefficient: 1.2 },
    { grade: 'Qualified', label: labels.Qualified, minScore: 75, maxScore: 90, performanceCoefficient: 1 },
    { grade: 'BasicallyQualified', label: labels.BasicallyQualified, minScore: 60, maxScore: 75, performanceCoefficient: 0.6 },
    { grade: 'Unqualified', label: labels.Unqualified, minScore: 0, maxScore: 60, performanceCoefficient: 0 },
  ];
}

export function templateForm(d: TemplateDefinition) {
  const q = d.quota;
  return fb.group({
    streetId: ['', Validators.required],
    code: ['', [Validators.required, Validators.maxLength(32)]],
    name: ['', [Validators.required, Validators.maxLength(128)]],
    dimensions: fb.array(d.dimensions.map(x => dimensionForm(x))),
    raterGroups: fb.array(d.raterGroups.map(g => raterGroupForm(g))),
    gradeBands: fb.array(d.gradeBands.map(b => bandForm(b))),
    quota: fb.group({
      capPercent: [q.capPercent ?? 20, [Validators.required, Validators.min(0), Validators.max(100)]],
      targetPercent: [q.targetPercent ?? 15, [Validators.required, Validators.min(0), Validators.max(100)]],
      scope: [q.scope ?? ('Street' as QuotaScope)],
      rounding: [q.rounding ?? ('Down' as QuotaRounding)],
      poolingThreshold: [q.poolingThreshold ?? 5, [Validators.min(0), Validators.max(1000)]],
    }),
  });
}

const num = (v: unknown) => (v === null || v === undefined || v === '' ? 0 : Number(v));
const optionalNum = (v: unknown) => (v === null || v === undefined || v === '' ? null : Number(v));

/** The form's raw value as the API's definition: only the fields each kind uses, numbers as numbers. */
export function toDefinition(raw: TemplateForm['value']): TemplateDefinition {
  return {
    dimensions: (raw.dimensions ?? []).map(d => ({
      name: (d.name ?? '').trim(),
      indicators: (d.indicators ?? []).map(i => ({
        code: (i.code ?? '').trim(),
        name: (i.name ?? '').trim(),
        kind: i.kind ?? 'Rated',
        weight: num(i.weight),
        maxScore: i.kind === 'Rated' || !i.kind ? num(i.maxScore) : 0,
        scoringGuide: i.scoringGuide?.trim() || null,
        target: i.kind === 'DataFed' ? optionalNum(i.target) : null,
        cap: i.kind === 'Bonus' || i.kind === 'Deduction' ? optionalNum(i.cap) : null,
      })),
    })),
    raterGroups: (raw.raterGroups ?? []).map(g => ({
      kind: g.kind ?? 'Director',
      weight: num(g.weight),
      indicatorCodes: [...(g.indicatorCodes ?? [])],
      peersPerWorker: g.kind === 'Peers' ? num(g.peersPerWorker) : 0,
    })),
    gradeBands: (raw.gradeBands ?? []).map(b => ({
      grade: b.grade ?? 'Qualified',
      label: (b.label ?? '').trim(),
      minScore: num(b.minScore),
      maxScore: num(b.maxScore),
      performanceCoefficient: num(b.performanceCoefficient),
    })),
    quota: {
      capPercent: num(raw.quota?.capPercent),
      targetPercent: num(raw.quota?.targetPercent),
      scope: raw.quota?.scope ?? 'Street',
      rounding: raw.quota?.rounding ?? 'Down',
      poolingThreshold: num(raw.quota?.poolingThreshold),
    },
  };
}
