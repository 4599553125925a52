namespace GridStaff.Testing;

/// <summary>
/// The application's clock in end-to-end tests: real time plus an offset the test moves forward, so a
/// browser test can jump to a scoring deadline and watch the scheduler act. Registered only by
/// <see cref="TestingSetup"/> (environment "Testing" and "Testing:Clock" = true), never in production.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <summary>Moves the clock forward; time never runs backwards, because deadlines and audit stamps assume it does not.</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero, nameof(by));
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }
}
