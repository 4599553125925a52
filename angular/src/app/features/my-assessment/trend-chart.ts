import type { EChartsCoreOption } from 'echarts/core';
import { Grade } from '../../proxy/models';

export interface TrendPoint { cycleName: string; periodEnd: string; total: number; grade: Grade }

/**
 * One line: my total in each published cycle, oldest first, on a 0–100 scale. Only my own figures:
 * no averages of others, no ranks (DOMAIN.md §6). Pure so it can be unit-tested.
 */
export function trendChartOptions(points: readonly TrendPoint[], texts: { total: string; grade: (g: Grade) => string }): EChartsCoreOption {
  const sorted = [...points].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
  return {
    aria: { enabled: true },
    tooltip: {
      trigger: 'axis',
      formatter: (items: { dataIndex: number }[]) => {
        const p = sorted[items[0]?.dataIndex ?? 0];
        return p ? `${escape(p.cycleName)}<br/>${escape(texts.total)}：${p.total}（${escape(texts.grade(p.grade))}）` : '';
      },
    },
    grid: { left: 40, right: 24, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: sorted.map(p => p.cycleName), axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value', min: 0, max: 100, name: texts.total },
    series: [{ type: 'line', name: texts.total, data: sorted.map(p => p.total), label: { show: true }, symbolSize: 8, itemStyle: { color: '#1677ff' } }],
  };
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

/** The tag colour of a grade. */
export function gradeColor(grade: Grade): string {
  return { Excellent: 'green', Qualified: 'blue', BasicallyQualified: 'orange', Unqualified: 'red' }[grade] ?? 'default';
}
