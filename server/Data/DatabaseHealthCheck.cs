using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OutlineAddin.Data;

/// <summary>
/// Whether the database answers: a trivial query through the server's own connections (its pool, its settings), bounded
/// in time so that an unreachable database (a host that drops packets, a lock held for minutes) makes the probe answer
/// unhealthy at once instead of hanging it. Load balancers probe often and the endpoint is public, so one probe's answer
/// serves every request for <see cref="ReusedFor"/>: however often it is asked, the database sees at most one query a
/// second from it.
/// </summary>
public sealed partial class DatabaseHealthCheck(OutlineDatabase database, TimeProvider clock, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public const string Name = "database";

    /// <summary>How long the query may take before the database counts as unreachable: connecting and the command together.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>How long one probe's answer is given to the requests that follow it.</summary>
    public static readonly TimeSpan ReusedFor = TimeSpan.FromSeconds(1);

    private readonly Lock probing = new();
    private Probe? latest;

    /// <summary>One run of the query: when it started, and its answer when it has one.</summary>
    private sealed record Probe(long StartedAt, Task<HealthCheckResult> Result);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Probe probe;
        lock (probing)
        {
            if (latest is null || clock.GetElapsedTime(latest.StartedAt) >= ReusedFor) latest = new Probe(clock.GetTimestamp(), ProbeAsync());
            probe = latest;
        }
        // The probe is shared, so it does not stop when this request does; only this request's wait for it does.
        return probe.Result.WaitAsync(cancellationToken);
    }

    private async Task<HealthCheckResult> ProbeAsync()
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            // On the thread pool and with WaitAsync as well as the token: the answer comes in time even where a driver
            // blocks (SQLite opens and reads synchronously; a file system can hang) or lets a connect or a command run
            // past its cancellation. The query itself then finishes (and gives its connection back) on its own.
            await Task.Run(QueryAsync).WaitAsync(Timeout);
            return Result(HealthStatus.Healthy, started);
        }
#pragma warning disable CA1031 // Whatever the failure, the answer is "unhealthy"; the reason goes to the log, never to the public answer.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogUnhealthy(exception, database.Provider, Timeout.TotalSeconds);
            return Result(HealthStatus.Unhealthy, started);
        }
    }

    private async Task QueryAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await using var connection = await database.OpenAsync(timeout.Token);
        // A table of the schema, not SELECT 1: it reads the database itself, which a constant alone would not (SQLite).
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM schema_migrations", commandTimeout: (int)Math.Ceiling(Timeout.TotalSeconds), cancellationToken: timeout.Token));
    }

    /// <summary>What the public answer may say: the state, the provider, and how long the query took (or was waited for).</summary>
    private HealthCheckResult Result(HealthStatus status, long started) => new(status, data: new Dictionary<string, object>
    {
        [DataKeys.Provider] = database.Provider.ToString(),
        [DataKeys.DurationMs] = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2),
    });

    public static class DataKeys
    {
        public const string Provider = "provider";
        public const string DurationMs = "durationMs";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: the {Provider} database did not answer a query (time allowed: {TimeoutSeconds} s)")]
    private partial void LogUnhealthy(Exception exception, StorageProvider provider, double timeoutSeconds);
}
