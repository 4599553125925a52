import { gradeColor, trendChartOptions } from './trend-chart';

describe('trend chart', () => {
  const texts = { total: '总分', grade: (g: string) => ({ Excellent: '优秀', Qualified: '合格' } as Record<string, string>)[g] ?? g };

  it('draws my totals oldest first on a 0–100 scale', () => {
    const options = trendChartOptions([
      { cycleName: '2026 Q2', periodEnd: '2026-06-30', total: 88.5, grade: 'Qualified' },
      { cycleName: '2026 Q1', periodEnd: '2026-03-31', total: 91, grade: 'Excellent' },
    ], texts) as any;
    expect(options.xAxis.data).toEqual(['2026 Q1', '2026 Q2']);
    expect(options.series).toHaveLength(1);
    expect(options.series[0].data).toEqual([91, 88.5]);
    expect([options.yAxis.min, options.yAxis.max]).toEqual([0, 100]);
  });

  it('names the cycle, total and grade in the tooltip, escaped', () => {
    const options = trendChartOptions([{ cycleName: '<b>Q1</b>', periodEnd: '2026-03-31', total: 91, grade: 'Excellent' }], texts) as any;
    const html = options.tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('&#60;b&#62;Q1');
    expect(html).toContain('总分：91（优秀）');
  });

  it('has no rank or comparison with others', () => {
    const json = JSON.stringify(trendChartOptions([{ cycleName: 'Q1', periodEnd: '2026-03-31', total: 80, grade: 'Qualified' }], texts));
    expect(json.toLowerCase()).not.toMatch(/rank|average|平均|排名/);
  });

  it('colours grades', () => {
    expect(gradeColor('Excellent')).toBe('green');
    expect(gradeColor('Unqualified')).toBe('red');
  });
});
