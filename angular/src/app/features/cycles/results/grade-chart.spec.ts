import { AssessmentResultDto, Grade } from '../../../proxy/models';
import { gradeChartOptions, gradesByCommunity } from './grade-chart';

const result = (communityId: string, grade: Grade): AssessmentResultDto => ({
  id: `${communityId}-${Math.random()}`, cycleId: 'c', communityId, workerId: 'w', workerName: null, total: 80, computedGrade: grade,
  quotaGrade: grade, calibratedGrade: null, grade, calibrationReason: null, groupMissing: false, quotaDowngraded: false, tieForHr: false,
  rankInCommunity: null, rankInStreet: null, breakdown: {},
});

const labels: Record<Grade, string> = { Excellent: '优秀', Qualified: '合格', BasicallyQualified: '基本合格', Unqualified: '不合格' };

describe('grade distribution chart', () => {
  const names = new Map([['frj', '芙蓉街社区'], ['qlj', '青龙街社区']]);
  const results = [result('qlj', 'Qualified'), result('frj', 'Excellent'), result('frj', 'Qualified'), result('frj', 'Qualified'), result('qlj', 'Unqualified')];

  it('counts grades of record per community, zeros included', () => {
    const rows = gradesByCommunity(results, names);
    expect(rows.map(r => r.name)).toEqual(['芙蓉街社区', '青龙街社区']);
    expect(rows[0].counts).toEqual({ Excellent: 1, Qualified: 2, BasicallyQualified: 0, Unqualified: 0 });
    expect(rows[1].assessed).toBe(2);
  });

  it('uses the calibrated grade, not the computed one', () => {
    const moved = { ...result('frj', 'Qualified'), grade: 'Excellent' as Grade, calibratedGrade: 'Excellent' as Grade };
    expect(gradesByCommunity([moved], names)[0].counts.Excellent).toBe(1);
  });

  it('stacks one series per grade with the template labels', () => {
    const options = gradeChartOptions(gradesByCommunity(results, names), labels, '人数') as {
      xAxis: { data: string[] }; series: { name: string; stack: string; data: number[] }[];
    };
    expect(options.xAxis.data).toEqual(['芙蓉街社区', '青龙街社区']);
    expect(options.series.map(s => s.name)).toEqual(['优秀', '合格', '基本合格', '不合格']);
    expect(new Set(options.series.map(s => s.stack)).size).toBe(1);
    expect(options.series[3].data).toEqual([0, 1]);
  });
});
