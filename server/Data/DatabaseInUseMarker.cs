namespace OutlineAddin.Data;

/// <summary>
/// Holds <see cref="DatabaseFileLock"/> on the SQLite database from start-up (before the migrations) until the process
/// ends, so that <c>restore</c> refuses to replace the file under a running server. Waits a little for a restore that
/// is replacing the file right now, then refuses to start rather than open a database being swapped. (PostgreSQL is
/// restored with pg_restore, which has no such command to guard.)
/// </summary>
public sealed class DatabaseInUseMarker(OutlineDatabase database, ILogger<DatabaseInUseMarker> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan RestoreWait = TimeSpan.FromSeconds(30);

    private FileStream? hold;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database is not SqliteDatabase sqlite) return;
        Directory.CreateDirectory(Path.GetDirectoryName(sqlite.FilePath)!);
        var waitingSince = TimeProvider.System.GetTimestamp();
        while ((hold = DatabaseFileLock.TryHoldShared(sqlite.FilePath)) is null)
        {
            if (TimeProvider.System.GetElapsedTime(waitingSince) > RestoreWait)
            {
                throw new InvalidOperationException(
                    $"A restore holds {DatabaseFileLock.PathFor(sqlite.FilePath)}: wait for it to finish, then start the server again.");
            }
            logger.LogWarning("A restore is replacing {Database}; waiting for it to finish", sqlite.FilePath);
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    // Kept until the process ends: in-flight requests still write while the host stops.
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => hold?.Dispose();
}
