using System.Diagnostics;

namespace OutlineAddin.LoadBench;

/// <summary>
/// When a connection's next request is due. Unpaced (rate 0), as soon as the last one is answered. Paced, on a fixed
/// schedule: a request late because the last answer was slow is sent at once, and its latency is counted from when it
/// was due, so a stalled server shows in the percentiles instead of silently lowering the rate (coordinated omission).
/// </summary>
public sealed class Pacer
{
    private readonly long interval;
    private long next;

    public Pacer(double perSecond, Random random)
    {
        if (perSecond <= 0) return;
        interval = (long)(Stopwatch.Frequency / perSecond);
        // Connections start spread over one interval, not all at once.
        next = Stopwatch.GetTimestamp() + (long)(random.NextDouble() * interval);
    }

    /// <summary>Waits for the next request's turn; answers the time it was due, from which its latency counts.</summary>
    public async ValueTask<long> NextAsync()
    {
        var now = Stopwatch.GetTimestamp();
        if (interval == 0) return now;
        var due = next;
        next += interval;
        if (due > now) await Task.Delay(Stopwatch.GetElapsedTime(now, due));
        return due;
    }
}
