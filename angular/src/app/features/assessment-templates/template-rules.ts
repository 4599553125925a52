import type { TranslationKey } from '../../core/i18n/zh-CN';
import type {
  GradeBandDefinition, IndicatorDefinition, QuotaSettings, RaterGroupDefinition, TemplateDefinition,
} from '../../proxy/models';

/**
 * The rules of a template version, checked live in the editor. They mirror the server's
 * TemplateValidator (src/GridStaff.Domain/AssessmentTemplates/AssessmentTemplate.cs) so the editor
 * turns red before the server says no; the server stays the judge (its 400/422 is shown too).
 */

/** DOMAIN.md §6: above this many indicators a template only warns (AssessmentConsts.IndicatorWarningThreshold). */
export const INDICATOR_WARNING_THRESHOLD = 15;
export const MAX_INDICATORS = 60;

export type Section = 'dimensions' | 'raterGroups' | 'gradeBands' | 'quota';

export interface TemplateIssue {
  section: Section;
  key: TranslationKey;
  params?: Record<string, string | number>;
}

export interface SumCheck {
  sum: number;
  ok: boolean;
}

/** Decimal-safe sum (weights such as 33.33 + 33.33 + 33.34 must make exactly 100). */
function sum(values: readonly (number | null | undefined)[]): number {
  return Math.round(values.reduce<number>((s, v) => s + (Number(v) || 0), 0) * 1e6) / 1e6;
}

export function indicatorsOf(d: Pick<TemplateDefinition, 'dimensions'>): IndicatorDefinition[] {
  return d.dimensions.flatMap(x => x.indicators);
}

const kindOf = (i: IndicatorDefinition) => i.kind ?? 'Rated';

/** The rated indicators' weights: they share the rated score, so they must sum to 100. */
export function ratedWeightSum(indicators: readonly IndicatorDefinition[]): SumCheck {
  const total = sum(indicators.filter(i => kindOf(i) === 'Rated').map(i => i.weight));
  return { sum: total, ok: total === 100 };
}

/** The rater groups' weights: they share the rated score too, so they must sum to 100. */
export function groupWeightSum(groups: readonly RaterGroupDefinition[]): SumCheck {
  const total = sum(groups.map(g => g.weight));
  return { sum: total, ok: total === 100 };
}

/** Points of the 100 that data-fed indicators take; the raters keep the rest (must stay above 0). */
export function dataFedPoints(indicators: readonly IndicatorDefinition[]): number {
  return sum(indicators.filter(i => kindOf(i) === 'DataFed').map(i => i.weight));
}

export type BandIssue =
  | { kind: 'start'; at: number }
  | { kind: 'end'; at: number }
  | { kind: 'gap'; from: number; to: number }
  | { kind: 'overlap'; from: number; to: number }
  | { kind: 'empty'; label: string }
  | { kind: 'order' };

/**
 * Do the bands cover 0–100 without gaps or overlaps? A band is [min, max) except that 100 belongs to
 * the top band; a higher band must carry a better grade (Excellent is the best).
 */
export function bandCoverage(bands: readonly GradeBandDefinition[]): { ok: boolean; issues: BandIssue[] } {
  const issues: BandIssue[] = [];
  if (bands.length === 0) return { ok: false, issues: [{ kind: 'start', at: 0 }] };
  const ordered = [...bands].sort((a, b) => Number(a.minScore) - Number(b.minScore));
  const first = Number(ordered[0].minScore ?? 0);
  const last = Number(ordered[ordered.length - 1].maxScore ?? 0);
  if (first !== 0) issues.push({ kind: 'start', at: first });
  if (last !== 100) issues.push({ kind: 'end', at: last });
  ordered.forEach((band, k) => {
    const min = Number(band.minScore ?? 0);
    const max = Number(band.maxScore ?? 0);
    if (max <= min) issues.push({ kind: 'empty', label: band.label || band.grade || '' });
    if (k === 0) return;
    const previousMax = Number(ordered[k - 1].maxScore ?? 0);
    if (previousMax < min) issues.push({ kind: 'gap', from: previousMax, to: min });
    if (previousMax > min) issues.push({ kind: 'overlap', from: min, to: previousMax });
  });
  if (ordered.some((b, k) => k > 0 && gradeRank(b.grade) > gradeRank(ordered[k - 1].grade))) issues.push({ kind: 'order' });
  return { ok: issues.length === 0, issues };
}

const GRADE_ORDER = ['Excellent', 'Qualified', 'BasicallyQualified', 'Unqualified'] as const;
/** 1 for Excellent … 4 for Unqualified, like the C# enum. */
export function gradeRank(grade: string | undefined): number {
  return GRADE_ORDER.indexOf(grade as (typeof GRADE_ORDER)[number]) + 1;
}

export function bandIssueText(issue: BandIssue): TemplateIssue {
  switch (issue.kind) {
    case 'start': return { section: 'gradeBands', key: 'tpl.issue.bandStart', params: { at: issue.at } };
    case 'end': return { section: 'gradeBands', key: 'tpl.issue.bandEnd', params: { at: issue.at } };
    case 'gap': return { section: 'gradeBands', key: 'tpl.issue.bandGap', params: { from: issue.from, to: issue.to } };
    case 'overlap': return { section: 'gradeBands', key: 'tpl.issue.bandOverlap', params: { from: issue.from, to: issue.to } };
    case 'empty': return { section: 'gradeBands', key: 'tpl.issue.bandEmpty', params: { label: issue.label } };
    case 'order': return { section: 'gradeBands', key: 'tpl.issue.bandOrder' };
  }
}

/** Everything that would make the server refuse the definition, in the server's order. */
export function templateIssues(d: TemplateDefinition): TemplateIssue[] {
  return [...dimensionIssues(d), ...groupIssues(d), ...bandIssues(d.gradeBands), ...quotaIssues(d.quota)];
}

/** Things the server accepts but says out loud (DOMAIN.md §6: keep templates small). */
export function templateWarnings(d: Pick<TemplateDefinition, 'dimensions'>): TemplateIssue[] {
  const count = indicatorsOf(d).length;
  return count > INDICATOR_WARNING_THRESHOLD
    ? [{ section: 'dimensions', key: 'tpl.warn.tooManyIndicators', params: { count, max: INDICATOR_WARNING_THRESHOLD } }]
    : [];
}

function dimensionIssues(d: TemplateDefinition): TemplateIssue[] {
  const issue = (key: TranslationKey, params?: TemplateIssue['params']): TemplateIssue => ({ section: 'dimensions', key, params });
  const issues: TemplateIssue[] = [];
  const indicators = indicatorsOf(d);
  if (d.dimensions.length === 0 || indicators.length === 0) return [issue('tpl.issue.noIndicators')];
  if (indicators.length > MAX_INDICATORS) issues.push(issue('tpl.issue.tooManyIndicators', { max: MAX_INDICATORS }));
  d.dimensions.forEach((dim, n) => {
    if (!dim.name?.trim()) issues.push(issue('tpl.issue.dimensionName', { n: n + 1 }));
    if (dim.indicators.length === 0) issues.push(issue('tpl.issue.emptyDimension', { name: dim.name || n + 1 }));
  });
  const seen = new Set<string>();
  for (const i of indicators) {
    const code = i.code?.trim() ?? '';
    if (!code || !i.name?.trim()) { issues.push(issue('tpl.issue.codeAndName')); continue; }
    if (seen.has(code.toLowerCase())) issues.push(issue('tpl.issue.duplicateCode', { code }));
    seen.add(code.toLowerCase());
    const kind = kindOf(i);
    if (Number(i.weight ?? 0) < 0) issues.push(issue('tpl.issue.negativeWeight', { code }));
    if (kind === 'Rated' && !(Number(i.maxScore) > 0)) issues.push(issue('tpl.issue.ratedMax', { code }));
    if (kind === 'DataFed' && !(Number(i.target) > 0)) issues.push(issue('tpl.issue.target', { code }));
    if ((kind === 'Bonus' || kind === 'Deduction') && !(Number(i.cap) > 0)) issues.push(issue('tpl.issue.cap', { code }));
  }
  if (!indicators.some(i => kindOf(i) === 'Rated')) issues.push(issue('tpl.issue.noRated'));
  else {
    const rated = ratedWeightSum(indicators);
    if (!rated.ok) issues.push(issue('tpl.issue.ratedSum', { sum: rated.sum }));
  }
  if (dataFedPoints(indicators) >= 100) issues.push(issue('tpl.issue.dataFedShare'));
  return issues;
}

function groupIssues(d: TemplateDefinition): TemplateIssue[] {
  const issue = (key: TranslationKey, params?: TemplateIssue['params']): TemplateIssue => ({ section: 'raterGroups', key, params });
  if (d.raterGroups.length === 0) return [issue('tpl.issue.noGroups')];
  const issues: TemplateIssue[] = [];
  const kinds = d.raterGroups.map(g => g.kind);
  const twice = kinds.find((k, n) => kinds.indexOf(k) !== n);
  if (twice) issues.push(issue('tpl.issue.groupTwice', { kind: twice }));
  const total = groupWeightSum(d.raterGroups);
  if (!total.ok) issues.push(issue('tpl.issue.groupSum', { sum: total.sum }));
  const rated = new Set(indicatorsOf(d).filter(i => kindOf(i) === 'Rated').map(i => i.code.trim().toLowerCase()));
  for (const g of d.raterGroups) {
    const kind = g.kind ?? '';
    if (!(Number(g.weight) > 0)) issues.push(issue('tpl.issue.groupWeight', { kind }));
    if (g.indicatorCodes.length === 0) issues.push(issue('tpl.issue.groupNoIndicators', { kind }));
    const unknown = g.indicatorCodes.find(c => !rated.has(c.trim().toLowerCase()));
    if (unknown) issues.push(issue('tpl.issue.groupUnknown', { kind, code: unknown }));
    if (g.kind === 'Peers' && !(Number(g.peersPerWorker) >= 1)) issues.push(issue('tpl.issue.peers'));
  }
  return issues;
}

function bandIssues(bands: readonly GradeBandDefinition[]): TemplateIssue[] {
  const issue = (key: TranslationKey, params?: TemplateIssue['params']): TemplateIssue => ({ section: 'gradeBands', key, params });
  const issues: TemplateIssue[] = [];
  if (bands.length < 2) issues.push(issue('tpl.issue.bandCount'));
  const grades = bands.map(b => b.grade);
  if (new Set(grades).size !== grades.length) issues.push(issue('tpl.issue.bandTwice'));
  if (!grades.includes('Excellent')) issues.push(issue('tpl.issue.bandExcellent'));
  if (bands.some(b => !b.label?.trim())) issues.push(issue('tpl.issue.bandLabel'));
  return [...issues, ...bandCoverage(bands).issues.map(bandIssueText)];
}

function quotaIssues(q: QuotaSettings): TemplateIssue[] {
  const issue = (key: TranslationKey): TemplateIssue => ({ section: 'quota', key });
  const cap = Number(q.capPercent ?? 20);
  const target = Number(q.targetPercent ?? 15);
  const issues: TemplateIssue[] = [];
  if (cap < 0 || cap > 100) issues.push(issue('tpl.issue.quotaCap'));
  if (target < 0 || target > cap) issues.push(issue('tpl.issue.quotaTarget'));
  if (Number(q.poolingThreshold ?? 0) < 0) issues.push(issue('tpl.issue.quotaPooling'));
  return issues;
}

/** Which editor section a server error field belongs to ("definition.raterGroups", "Definition.GradeBands[1].Label"…). */
export function sectionOfField(field: string): Section | 'code' | 'name' | 'streetId' | null {
  const f = field.replace(/^\$\./, '').toLowerCase();
  if (f.includes('ratergroups')) return 'raterGroups';
  if (f.includes('gradebands')) return 'gradeBands';
  if (f.includes('quota')) return 'quota';
  if (f.includes('dimensions') || f.includes('indicators')) return 'dimensions';
  if (f === 'code') return 'code';
  if (f === 'name') return 'name';
  if (f === 'streetid') return 'streetId';
  return null;
}
