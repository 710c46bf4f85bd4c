using Dapper;
using Microsoft.Data.Sqlite;

namespace OutlineAddin.Data;

/// <summary>
/// <c>restore PATH</c>: replaces the SQLite database with a backup, with every server on it stopped. The previous
/// database is kept beside it, so that a restore of the wrong file can be undone.
/// </summary>
/// <remarks>
/// The order matters for a crash at any point. The backup is copied beside the database and flushed first; the old
/// database is checkpointed (its WAL folded in) and copied aside; any <c>-wal</c>/<c>-shm</c> left is moved aside with
/// it, because SQLite would replay an old WAL into the new file; then one rename puts the new file in place, atomically:
/// at every moment the database's name holds either the whole old database or the whole backup.
/// </remarks>
public static class SqliteRestore
{
    public static async Task<CommandResult> RunAsync(string databasePath, string backupPath, TimeProvider clock, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(backupPath);
        if (source == databasePath)
        {
            // It would be copied without what its WAL holds, then put in its own place: the latest writes lost.
            return CommandResult.Refused($"Nothing was restored: {source} is the database itself. Restore from a backup (backup PATH writes one).");
        }
        var (summary, problem) = await SqliteFileCheck.InspectAsync(source, cancellationToken);
        if (summary is null) return CommandResult.Refused($"Nothing was restored: {problem}");

        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        await using var exclusive = DatabaseFileLock.TryHoldExclusive(databasePath);
        if (exclusive is null)
        {
            return CommandResult.Refused(
                $"A server is running on {databasePath} (it holds {DatabaseFileLock.PathFor(databasePath)}): stop every server on this database, then run restore again. Nothing was restored.");
        }

        var incoming = $"{databasePath}.restoring-{Guid.NewGuid():N}";
        try
        {
            File.Copy(source, incoming);
            await using (var copy = new FileStream(incoming, FileMode.Open, FileAccess.ReadWrite))
            {
                copy.Flush(flushToDisk: true);
            }

            string? keptAs = null;
            if (File.Exists(databasePath))
            {
                keptAs = $"{databasePath}.before-restore-{clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}";
                await CheckpointAsync(databasePath, cancellationToken);
                File.Copy(databasePath, keptAs);
                foreach (var suffix in new[] { "-wal", "-shm" })
                {
                    if (File.Exists(databasePath + suffix)) File.Move(databasePath + suffix, keptAs + suffix);
                }
            }
            File.Move(incoming, databasePath, overwrite: true);

            var kept = keptAs is null ? "" : $" The previous database is kept as {keptAs}.";
            return CommandResult.Done($"Restored {source} into {databasePath} ({summary}).{kept} Start the server.");
        }
        finally
        {
            File.Delete(incoming);
        }
    }

    /// <summary>
    /// Folds the WAL into the database file, so that the copy kept aside is the whole old database. A damaged database
    /// (the usual reason to restore) may refuse: its WAL then goes aside with it as it is.
    /// </summary>
    private static async Task CheckpointAsync(string databasePath, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false,
            }.ToString());
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        catch (SqliteException)
        {
        }
    }
}
