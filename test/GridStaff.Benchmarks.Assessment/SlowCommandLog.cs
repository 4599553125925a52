namespace GridStaff.Benchmarks;

using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

/// <summary>Collects EF Core's "Executed DbCommand (N ms)" lines, to show where compile time goes (--trace).</summary>
internal sealed partial class SlowCommandLog : ILoggerProvider
{
    public readonly ConcurrentBag<(int Ms, string Sql)> Commands = [];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
    public void Dispose() { }

    public void Clear() => Commands.Clear();

    public void Print(int top = 8)
    {
        Console.WriteLine($"SQL commands: {Commands.Count:N0}, total {Commands.Sum(c => c.Ms) / 1000.0:F1} s");
        foreach (var g in Commands.GroupBy(c => c.Sql[..Math.Min(140, c.Sql.Length)]).OrderByDescending(g => g.Sum(c => c.Ms)).Take(top))
            Console.WriteLine($"  {g.Sum(c => c.Ms),7} ms in {g.Count(),6}× {g.Key.ReplaceLineEndings(" ")}");
    }

    [GeneratedRegex(@"Executed DbCommand \((\d+)ms\)[^\n]*\n(.*)", RegexOptions.Singleline)]
    private static partial Regex Executed();

    private sealed class Logger(SlowCommandLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel level) => category.StartsWith("GridStaff", StringComparison.Ordinal) || (category == "Microsoft.EntityFrameworkCore.Database.Command" && level >= LogLevel.Information);
        public void Log<TState>(LogLevel level, EventId id, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(level)) return;
            if (category.StartsWith("GridStaff", StringComparison.Ordinal)) { Console.WriteLine($"  [{DateTime.UtcNow:HH:mm:ss.fff}] {formatter(state, exception)}"); return; }
            var m = Executed().Match(formatter(state, exception));
            if (m.Success) log.Commands.Add((int.Parse(m.Groups[1].Value), m.Groups[2].Value.Trim()));
        }
    }
}
