namespace GridStaff.Assessments;

using GridStaff.EvaluationCycles;
using Shouldly;
using Xunit;

public class EvaluationCycle_Tests
{
    private static readonly DateTime Opens = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Deadline = Opens.AddDays(14);
    private static readonly DateTime PublishOn = Opens.AddDays(21);

    public enum Action { Open, Close, Compile, Calibrate, Publish, Finalize, Cancel }

    private static readonly Dictionary<Action, EvaluationCycleStatus[]> LegalFrom = new()
    {
        [Action.Open] = [EvaluationCycleStatus.Draft],
        [Action.Close] = [EvaluationCycleStatus.Open],
        [Action.Compile] = [EvaluationCycleStatus.Closed, EvaluationCycleStatus.Compiled],
        [Action.Calibrate] = [EvaluationCycleStatus.Compiled],
        [Action.Publish] = [EvaluationCycleStatus.Compiled, EvaluationCycleStatus.Calibrated],
        [Action.Finalize] = [EvaluationCycleStatus.Published],
        [Action.Cancel] = [EvaluationCycleStatus.Draft, EvaluationCycleStatus.Open],
    };

    private static readonly Dictionary<Action, EvaluationCycleStatus> Target = new()
    {
        [Action.Open] = EvaluationCycleStatus.Open,
        [Action.Close] = EvaluationCycleStatus.Closed,
        [Action.Compile] = EvaluationCycleStatus.Compiled,
        [Action.Calibrate] = EvaluationCycleStatus.Calibrated,
        [Action.Publish] = EvaluationCycleStatus.Published,
        [Action.Finalize] = EvaluationCycleStatus.Finalized,
        [Action.Cancel] = EvaluationCycleStatus.Cancelled,
    };

    public static TheoryData<EvaluationCycleStatus, Action> Legal()
    {
        var data = new TheoryData<EvaluationCycleStatus, Action>();
        foreach (var (action, froms) in LegalFrom) foreach (var from in froms) data.Add(from, action);
        return data;
    }

    public static TheoryData<EvaluationCycleStatus, Action> Illegal()
    {
        var data = new TheoryData<EvaluationCycleStatus, Action>();
        foreach (var from in Enum.GetValues<EvaluationCycleStatus>())
            foreach (var action in Enum.GetValues<Action>())
                if (!LegalFrom[action].Contains(from)) data.Add(from, action);
        return data;
    }

    [Theory, MemberData(nameof(Legal))]
    public void Should_Make_Every_Legal_Transition(EvaluationCycleStatus from, Action action)
    {
        var cycle = CycleIn(from);
        Do(cycle, action);
        cycle.Status.ShouldBe(Target[action]);
    }

    [Theory, MemberData(nameof(Illegal))]
    public void Should_Refuse_Every_Illegal_Transition_With_A_Code(EvaluationCycleStatus from, Action action)
    {
        var cycle = CycleIn(from);
        var error = Should.Throw<BusinessException>(() => Do(cycle, action));
        error.Code.ShouldBe(AssessmentErrorCodes.IllegalTransition);
        cycle.Status.ShouldBe(from);
    }

    [Fact]
    public void Should_Not_Finalize_Before_The_Appeal_Window_Ends()
    {
        var cycle = CycleIn(EvaluationCycleStatus.Compiled);
        cycle.Publish(PublishOn);
        Should.Throw<BusinessException>(() => cycle.FinalizeResults(PublishOn.AddDays(9))).Code.ShouldBe(AssessmentErrorCodes.AppealWindowNotOver);
        cycle.FinalizeResults(PublishOn.AddDays(10));
        cycle.Status.ShouldBe(EvaluationCycleStatus.Finalized);
    }

    [Fact]
    public void Should_Refuse_A_Deadline_Before_The_Opening()
    {
        var error = Should.Throw<BusinessException>(() => new EvaluationCycle(Guid.NewGuid(), Guid.NewGuid(), "Q1", PeriodKind.Quarterly,
            new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), Guid.NewGuid(), new CycleSchedule(Opens, Opens.AddHours(-1), PublishOn)));
        error.Code.ShouldBe(AssessmentErrorCodes.InvalidSchedule);
        error.Field.ShouldBe("scoringDeadline");
    }

    [Fact]
    public void Should_Combine_Earlier_Cycles_Only_In_An_Annual_Cycle()
    {
        var quarterly = New(PeriodKind.Quarterly);
        Should.Throw<BusinessException>(() => quarterly.CombineWith([new CycleComponent(Guid.NewGuid(), 40)])).Field.ShouldBe("components");

        var annual = New(PeriodKind.Annual).CombineWith([new CycleComponent(Guid.NewGuid(), 40)]);
        annual.OwnWeight.ShouldBe(60m);
    }

    [Fact]
    public void Should_Send_Each_Reminder_Once()
    {
        var cycle = CycleIn(EvaluationCycleStatus.Open);
        cycle.RecordReminder(48).ShouldBeTrue();
        cycle.RecordReminder(48).ShouldBeFalse();
        cycle.RecordReminder(24).ShouldBeTrue();
    }

    [Fact]
    public void Should_Keep_Scoring_Open_Only_Until_The_Deadline()
    {
        var cycle = CycleIn(EvaluationCycleStatus.Open);
        cycle.IsScoringOpen(Deadline.AddSeconds(-1)).ShouldBeTrue();
        cycle.IsScoringOpen(Deadline).ShouldBeFalse();
    }

    private static EvaluationCycle New(PeriodKind kind = PeriodKind.Quarterly) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "2026 Q1", kind, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), Guid.NewGuid(),
            new CycleSchedule(Opens, Deadline, PublishOn));

    /// <summary>Walks the legal path to the state.</summary>
    private static EvaluationCycle CycleIn(EvaluationCycleStatus status)
    {
        var cycle = New();
        EvaluationCycleStatus[] path = status switch
        {
            EvaluationCycleStatus.Cancelled => [],
            _ => [EvaluationCycleStatus.Open, EvaluationCycleStatus.Closed, EvaluationCycleStatus.Compiled, EvaluationCycleStatus.Calibrated,
                EvaluationCycleStatus.Published, EvaluationCycleStatus.Finalized],
        };
        if (status == EvaluationCycleStatus.Cancelled) { cycle.Cancel(Opens, "Merged with the next cycle"); return cycle; }
        foreach (var step in path)
        {
            if (cycle.Status == status) break;
            Do(cycle, step switch
            {
                EvaluationCycleStatus.Open => Action.Open,
                EvaluationCycleStatus.Closed => Action.Close,
                EvaluationCycleStatus.Compiled => Action.Compile,
                EvaluationCycleStatus.Calibrated => Action.Calibrate,
                EvaluationCycleStatus.Published => Action.Publish,
                _ => Action.Finalize,
            });
        }
        cycle.Status.ShouldBe(status);
        return cycle;
    }

    private static void Do(EvaluationCycle cycle, Action action)
    {
        switch (action)
        {
            case Action.Open: cycle.Open(Opens); break;
            case Action.Close: cycle.Close(Deadline); break;
            case Action.Compile: cycle.MarkCompiled(Deadline.AddHours(1)); break;
            case Action.Calibrate: cycle.CompleteCalibration(Deadline.AddDays(2)); break;
            case Action.Publish: cycle.Publish(PublishOn); break;
            case Action.Finalize: cycle.FinalizeResults(PublishOn.AddDays(30)); break;
            case Action.Cancel: cycle.Cancel(Deadline, "Cancelled by HR"); break;
        }
    }
}
