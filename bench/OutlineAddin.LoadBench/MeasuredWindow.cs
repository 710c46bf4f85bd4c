using System.Diagnostics;

namespace OutlineAddin.LoadBench;

/// <summary>
/// One phase in time: load from the start, measured from <see cref="Start"/> (after the warm-up) to <see cref="End"/>.
/// A request counts when it was due inside the window; each connection stops at the end.
/// </summary>
public sealed class MeasuredWindow(TimeSpan warmup, TimeSpan duration)
{
    public long Start { get; } = Stopwatch.GetTimestamp() + Ticks(warmup);

    public long End => Start + Ticks(duration);

    public TimeSpan Duration => duration;

    public bool IsOver => Stopwatch.GetTimestamp() >= End;

    public bool Contains(long timestamp) => timestamp >= Start && timestamp < End;

    public async Task UntilStartAsync()
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), Start);
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
    }

    public async Task UntilEndAsync()
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), End);
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
