import type { EChartsCoreOption } from 'echarts/core';
import { GridDto, StaffingNormDto } from '../../proxy/models';

export interface ChartTexts { households: string; band: string }

/**
 * Bars: each grid's households; the shaded band: the norm's range for a grid. Bars outside the
 * band are red. Pure so it can be unit-tested.
 */
export function adviceChartOptions(grids: readonly GridDto[], norm: StaffingNormDto, texts: ChartTexts): EChartsCoreOption {
  const sorted = [...grids].filter(g => g.kind === 'Comprehensive').sort((a, b) => a.code.localeCompare(b.code));
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 24, bottom: 64 },
    xAxis: { type: 'category', data: sorted.map(g => g.name), axisLabel: { rotate: 30, interval: 0 } },
    yAxis: { type: 'value', name: texts.households },
    series: [
      {
        type: 'bar',
        name: texts.households,
        data: sorted.map(g => ({
          value: g.households,
          itemStyle: { color: g.households < norm.gridHouseholdsMin || g.households > norm.gridHouseholdsMax ? '#cf1322' : '#1677ff' },
        })),
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(82, 196, 26, 0.15)' },
          label: { show: true, position: 'insideTopRight', formatter: texts.band },
          data: [[{ yAxis: norm.gridHouseholdsMin }, { yAxis: norm.gridHouseholdsMax }]],
        },
      },
    ],
  };
}

export function isOutsideNorm(households: number, norm: Pick<StaffingNormDto, 'gridHouseholdsMin' | 'gridHouseholdsMax'>): 'below' | 'above' | null {
  return households < norm.gridHouseholdsMin ? 'below' : households > norm.gridHouseholdsMax ? 'above' : null;
}
