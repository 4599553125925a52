import type { EChartsCoreOption } from 'echarts/core';
import type { AssessmentResultDto, Grade } from '../../../proxy/models';

export const GRADE_ORDER: readonly Grade[] = ['Excellent', 'Qualified', 'BasicallyQualified', 'Unqualified'];
const GRADE_COLOR: Record<Grade, string> = { Excellent: '#389e0d', Qualified: '#1677ff', BasicallyQualified: '#d48806', Unqualified: '#cf1322' };

export interface CommunityGrades { communityId: string; name: string; counts: Record<Grade, number>; assessed: number }

/** Grades of record per community, communities by name; counts every grade, zeros included. */
export function gradesByCommunity(results: readonly AssessmentResultDto[], names: ReadonlyMap<string, string>): CommunityGrades[] {
  const rows = new Map<string, CommunityGrades>();
  for (const r of results) {
    const row = rows.get(r.communityId) ?? {
      communityId: r.communityId, name: names.get(r.communityId) ?? r.communityId, assessed: 0,
      counts: { Excellent: 0, Qualified: 0, BasicallyQualified: 0, Unqualified: 0 },
    };
    row.counts[r.grade]++;
    row.assessed++;
    rows.set(r.communityId, row);
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** A stacked bar per community, one series per grade (labels from the template's bands). Pure, unit-tested. */
export function gradeChartOptions(rows: readonly CommunityGrades[], labels: Record<Grade, string>, workers: string): EChartsCoreOption {
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 56 },
    xAxis: { type: 'category', data: rows.map(r => r.name), axisLabel: { rotate: rows.length > 6 ? 30 : 0, interval: 0 } },
    yAxis: { type: 'value', name: workers, minInterval: 1 },
    series: GRADE_ORDER.map(grade => ({
      type: 'bar',
      stack: 'grades',
      name: labels[grade],
      itemStyle: { color: GRADE_COLOR[grade] },
      emphasis: { focus: 'series' },
      data: rows.map(r => r.counts[grade]),
    })),
  };
}
