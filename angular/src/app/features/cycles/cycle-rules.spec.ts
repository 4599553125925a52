import {
  allowedActions, canCalibrate, compileFinished, compileView, componentIssues, defaultSchedule, hasResults, ownWeight,
  fromInput, scheduleIssues, stepIndex, toDateOnly, toLocalInput,
} from './cycle-rules';

const hr = new Set(['GridStaff.EvaluationCycles.Manage', 'GridStaff.AssessmentResults.Calibrate']);
const director = new Set<string>();

describe('cycle rules', () => {
  it('offers only the moves the state machine allows', () => {
    const can = (p: string) => hr.has(p);
    expect(allowedActions('Draft', can)).toEqual(['open', 'cancel']);
    expect(allowedActions('Open', can)).toEqual(['close', 'cancel']);
    expect(allowedActions('Closed', can)).toEqual(['compile']);
    expect(allowedActions('Compiled', can)).toEqual(['completeCalibration', 'publish', 'compile']);
    expect(allowedActions('Published', can)).toEqual(['finalize']);
    expect(allowedActions('Finalized', can)).toEqual([]);
    expect(allowedActions('Cancelled', can)).toEqual([]);
  });

  it('offers nothing to a reader without Manage', () => {
    expect(allowedActions('Draft', p => director.has(p))).toEqual([]);
    expect(allowedActions('Compiled', p => p === 'GridStaff.AssessmentResults.Calibrate')).toEqual(['completeCalibration']);
  });

  it('puts a cancelled cycle on the step where it stopped', () => {
    expect(stepIndex('Compiled')).toBe(3);
    expect(stepIndex('Cancelled', null)).toBe(0);
    expect(stepIndex('Cancelled', '2025-01-01T00:00:00Z')).toBe(1);
  });

  it('knows when results exist and when they may be calibrated', () => {
    expect(hasResults('Closed')).toBe(false);
    expect(hasResults('Published')).toBe(true);
    expect(canCalibrate('Calibrated')).toBe(true);
    expect(canCalibrate('Published')).toBe(false);
  });

  it('turns progress into a bar, waiting until the job reports', () => {
    expect(compileView({ cycleId: 'c', status: 'Closed', done: 0, total: 40 })).toEqual({ done: 0, total: 40, percent: 0, waiting: true });
    expect(compileView({ cycleId: 'c', status: 'Closed', done: 13, total: 40 })).toEqual({ done: 13, total: 40, percent: 32, waiting: false });
    expect(compileView({ cycleId: 'c', status: 'Closed', done: 5, total: 0 })?.percent).toBe(0);
  });

  it('sees a recompile finish only when compiledAt moves', () => {
    const p = { cycleId: 'c', status: 'Compiled' as const, done: 40, total: 40 };
    expect(compileFinished(p, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')).toBe(false);
    expect(compileFinished(p, '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z')).toBe(true);
    expect(compileFinished(p, null, '2025-01-02T00:00:00Z')).toBe(true);
    expect(compileFinished({ ...p, status: 'Closed' }, null, null)).toBe(false);
  });

  it('checks the schedule order like the server', () => {
    const d = (s: string) => new Date(s);
    expect(scheduleIssues({ periodStart: d('2025-01-01'), periodEnd: d('2025-03-31'), opensAt: d('2025-04-01'), scoringDeadline: d('2025-04-10'), publishOn: d('2025-04-20') })).toEqual([]);
    expect(scheduleIssues({ periodStart: d('2025-03-01'), periodEnd: d('2025-01-31'), opensAt: d('2025-04-10'), scoringDeadline: d('2025-04-10'), publishOn: d('2025-04-09') })
      .map(i => i.field)).toEqual(['periodEnd', 'scoringDeadline', 'publishOn']);
  });

  it('leaves a share to an annual cycle combining earlier ones', () => {
    expect(ownWeight([{ cycleId: 'h1', weight: 40 }])).toBe(60);
    expect(componentIssues('Annual', [{ cycleId: 'h1', weight: 40 }])).toEqual([]);
    expect(componentIssues('Annual', [{ cycleId: 'h1', weight: 60 }, { cycleId: 'h2', weight: 40 }]).map(i => i.key)).toEqual(['cycles.issue.ownWeight']);
    expect(componentIssues('Annual', [{ cycleId: 'h1', weight: 10 }, { cycleId: 'h1', weight: 0 }]).map(i => i.key))
      .toEqual(['cycles.issue.componentTwice', 'cycles.issue.componentWeight']);
    expect(componentIssues('Quarterly', [{ cycleId: 'h1', weight: 40 }]).map(i => i.key)).toEqual(['cycles.issue.componentsAnnualOnly']);
  });

  it('proposes the current period and an ordered schedule', () => {
    const now = new Date(2025, 4, 20, 10, 30); // 20 May 2025
    const q = defaultSchedule('Quarterly', now);
    expect(toDateOnly(q.periodStart!)).toBe('2025-04-01');
    expect(toDateOnly(q.periodEnd!)).toBe('2025-06-30');
    expect(toDateOnly(defaultSchedule('HalfYear', now).periodEnd!)).toBe('2025-06-30');
    expect(toDateOnly(defaultSchedule('Monthly', now).periodEnd!)).toBe('2025-05-31');
    expect(scheduleIssues(q)).toEqual([]);
  });

  it('reads and writes the native date inputs in local time', () => {
    const d = new Date(2025, 0, 5, 9, 7);
    expect(toLocalInput(d)).toBe('2025-01-05T09:07');
    expect(fromInput('2025-01-05T09:07')?.getTime()).toBe(d.getTime());
    expect(fromInput('2025-01-05')?.getTime()).toBe(new Date(2025, 0, 5).getTime());
    expect(fromInput('')).toBeNull();
  });
});
