using System.Collections.Concurrent;
using System.Net;

namespace OutlineAddin.Identity;

/// <summary>
/// Counts each client's failed sign-ins in a fixed one-minute window. It is asked before authentication runs, so a
/// client over its allowance has no token checked at all: guessing stops, and a right guess made after the limit is not
/// confirmed. (A rate limiter partitioned on the outcome of authentication cannot do this: it only learns the outcome
/// after the token was looked up, and a signed-in request is in no partition that limits.)
/// </summary>
/// <remarks>
/// Counted in this instance's memory, by design: with N instances behind a balancer a client may fail up to N times the
/// allowance a minute. That is acceptable because the throttle slows guessing, it does not make it hopeless: what is
/// guessed is an access token of 256 random bits or an admin token of 32 characters or more, which no rate guesses,
/// N times 20 a minute included. Sharing the count through the database would cost a read on every request that carries
/// a token (the check runs before authentication) and a write per failure, for no guess that becomes feasible without it.
/// </remarks>
public sealed class SignInThrottle(TimeProvider time, int failuresPerWindow)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<IPAddress, Failures> failures = new();
    private long nextSweep;

    /// <summary>How long the client must wait before its next token is checked; null when it may sign in now.</summary>
    public TimeSpan? RetryAfter(IPAddress client)
    {
        var now = time.GetUtcNow();
        if (!failures.TryGetValue(client, out var recorded) || recorded.Ends(now) || recorded.Count < failuresPerWindow) return null;
        return recorded.WindowStart + Window - now;
    }

    public void RecordFailure(IPAddress client)
    {
        var now = time.GetUtcNow();
        failures.AddOrUpdate(client, _ => new Failures(now, 1), (_, recorded) => recorded.Ends(now) ? new Failures(now, 1) : recorded with { Count = recorded.Count + 1 });
        ForgetEndedWindows(now);
    }

    // Clients that stopped failing are forgotten once a window has passed, so that many addresses cannot grow the table for good.
    private void ForgetEndedWindows(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref nextSweep);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref nextSweep, (now + Window).UtcTicks, due) != due) return;
        foreach (var (client, recorded) in failures)
        {
            if (recorded.Ends(now)) failures.TryRemove(new KeyValuePair<IPAddress, Failures>(client, recorded));
        }
    }

    private sealed record Failures(DateTimeOffset WindowStart, int Count)
    {
        public bool Ends(DateTimeOffset now) => now >= WindowStart + Window;
    }
}
