import { GridDto, StaffingNormDto } from '../../proxy/models';
import { adviceChartOptions, isOutsideNorm } from './advice-chart';

const norm = { gridHouseholdsMin: 300, gridHouseholdsMax: 500 } as StaffingNormDto;
const grid = (code: string, households: number, kind: GridDto['kind'] = 'Comprehensive') =>
  ({ id: code, code, name: `网格${code}`, households, kind }) as GridDto;

describe('advice chart', () => {
  it('draws comprehensive grids in code order, red outside the band, with the band shaded', () => {
    const options = adviceChartOptions([grid('02', 520), grid('01', 400), grid('ZS', 0, 'Dedicated'), grid('03', 250)], norm,
      { households: '户数', band: '300–500' }) as any;
    expect(options.xAxis.data).toEqual(['网格01', '网格02', '网格03']);
    const bars = options.series[0].data;
    expect(bars.map((b: any) => b.value)).toEqual([400, 520, 250]);
    expect(bars.map((b: any) => b.itemStyle.color)).toEqual(['#1677ff', '#cf1322', '#cf1322']);
    expect(options.series[0].markArea.data).toEqual([[{ yAxis: 300 }, { yAxis: 500 }]]);
  });

  it('classifies households against the band, inclusive at both ends', () => {
    expect(isOutsideNorm(299, norm)).toBe('below');
    expect(isOutsideNorm(300, norm)).toBeNull();
    expect(isOutsideNorm(500, norm)).toBeNull();
    expect(isOutsideNorm(501, norm)).toBe('above');
  });
});
