import { GradeBandDefinition, IndicatorDefinition, TemplateDefinition } from '../../proxy/models';
import {
  bandCoverage, groupWeightSum, ratedWeightSum, sectionOfField, templateIssues, templateWarnings,
} from './template-rules';

const rated = (code: string, weight: number): IndicatorDefinition => ({ code, name: code, kind: 'Rated', weight, maxScore: 10 });

const defaultBands = (): GradeBandDefinition[] => [
  { grade: 'Excellent', label: '优秀', minScore: 90, maxScore: 100, performanceCoefficient: 1.2 },
  { grade: 'Qualified', label: '合格', minScore: 75, maxScore: 90, performanceCoefficient: 1 },
  { grade: 'BasicallyQualified', label: '基本合格', minScore: 60, maxScore: 75, performanceCoefficient: 0.6 },
  { grade: 'Unqualified', label: '不合格', minScore: 0, maxScore: 60, performanceCoefficient: 0 },
];

function valid(): TemplateDefinition {
  return {
    dimensions: [{ name: '德', indicators: [rated('A', 60), rated('B', 40)] }],
    raterGroups: [
      { kind: 'Director', weight: 70, indicatorCodes: ['A', 'B'] },
      { kind: 'Peers', weight: 30, indicatorCodes: ['A'], peersPerWorker: 3 },
    ],
    gradeBands: defaultBands(),
    quota: { capPercent: 20, targetPercent: 15, scope: 'Street', rounding: 'Down', poolingThreshold: 5 },
  };
}

const keys = (d: TemplateDefinition) => templateIssues(d).map(i => i.key);

describe('template rules', () => {
  it('accepts a valid template', () => {
    expect(templateIssues(valid())).toEqual([]);
  });

  it('sums only the rated weights, exactly (33.33 + 33.33 + 33.34 = 100)', () => {
    const indicators = [rated('A', 33.33), rated('B', 33.33), rated('C', 33.34),
      { code: 'D', name: 'D', kind: 'DataFed' as const, weight: 20, target: 10 }];
    expect(ratedWeightSum(indicators)).toEqual({ sum: 100, ok: true });
    expect(ratedWeightSum([rated('A', 60), rated('B', 30)])).toEqual({ sum: 90, ok: false });
  });

  it('reports the rated sum when it is not 100', () => {
    const d = valid();
    d.dimensions[0].indicators[1].weight = 30;
    expect(templateIssues(d)).toContainEqual({ section: 'dimensions', key: 'tpl.issue.ratedSum', params: { sum: 90 } });
  });

  it('sums the rater group weights', () => {
    expect(groupWeightSum(valid().raterGroups)).toEqual({ sum: 100, ok: true });
    const d = valid();
    d.raterGroups[1].weight = 20;
    expect(groupWeightSum(d.raterGroups)).toEqual({ sum: 90, ok: false });
    expect(keys(d)).toContain('tpl.issue.groupSum');
  });

  it('finds a gap between bands', () => {
    const bands = defaultBands();
    bands[1].minScore = 80; // 75–80 in no band
    expect(bandCoverage(bands)).toEqual({ ok: false, issues: [{ kind: 'gap', from: 75, to: 80 }] });
  });

  it('finds an overlap, a missing 0 and a missing 100', () => {
    const bands = defaultBands();
    bands[2].maxScore = 80; // 60–80 overlaps 75–90
    expect(bandCoverage(bands).issues).toEqual([{ kind: 'overlap', from: 75, to: 80 }]);
    const short = defaultBands();
    short[0].maxScore = 95;
    short[3].minScore = 10;
    expect(bandCoverage(short).issues).toEqual([{ kind: 'start', at: 10 }, { kind: 'end', at: 95 }]);
  });

  it('accepts bands in any order but requires a higher band to carry a better grade', () => {
    expect(bandCoverage([...defaultBands()].reverse()).ok).toBe(true);
    const swapped = defaultBands();
    [swapped[0].grade, swapped[1].grade] = [swapped[1].grade, swapped[0].grade];
    expect(bandCoverage(swapped).issues).toContainEqual({ kind: 'order' });
  });

  it('requires kind-specific figures', () => {
    const d = valid();
    d.dimensions[0].indicators.push(
      { code: 'D', name: '走访', kind: 'DataFed', weight: 10, target: 0 },
      { code: 'E', name: '表彰', kind: 'Bonus', weight: 0, cap: null },
    );
    expect(keys(d)).toEqual(expect.arrayContaining(['tpl.issue.target', 'tpl.issue.cap']));
  });

  it('refuses duplicate codes (case-insensitive) and groups naming non-rated indicators', () => {
    const d = valid();
    d.dimensions[0].indicators.push({ code: 'a', name: 'x', kind: 'Bonus', weight: 0, cap: 5 });
    d.raterGroups[0].indicatorCodes.push('Z');
    expect(keys(d)).toEqual(expect.arrayContaining(['tpl.issue.duplicateCode', 'tpl.issue.groupUnknown']));
  });

  it('needs a peer count for the peer group and the target within the cap', () => {
    const d = valid();
    d.raterGroups[1].peersPerWorker = 0;
    d.quota.targetPercent = 25;
    expect(keys(d)).toEqual(['tpl.issue.peers', 'tpl.issue.quotaTarget']);
  });

  it('warns above 15 indicators but does not refuse', () => {
    const d = valid();
    d.dimensions[0].indicators = Array.from({ length: 16 }, (_, n) => rated(`I${n}`, n < 15 ? 6 : 10));
    d.raterGroups.forEach(g => (g.indicatorCodes = ['I0']));
    expect(templateIssues(d)).toEqual([]);
    expect(templateWarnings(d)).toEqual([{ section: 'dimensions', key: 'tpl.warn.tooManyIndicators', params: { count: 16, max: 15 } }]);
    d.dimensions[0].indicators.pop();
    expect(templateWarnings(d)).toEqual([]);
  });

  it('maps server error fields to editor sections', () => {
    expect(sectionOfField('definition.raterGroups')).toBe('raterGroups');
    expect(sectionOfField('Definition.GradeBands[1].Label')).toBe('gradeBands');
    expect(sectionOfField('$.definition.dimensions[0].indicators[2].weight')).toBe('dimensions');
    expect(sectionOfField('Code')).toBe('code');
    expect(sectionOfField('something')).toBeNull();
  });
});
