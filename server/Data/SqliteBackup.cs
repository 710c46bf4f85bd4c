using Dapper;
using Microsoft.Data.Sqlite;

namespace OutlineAddin.Data;

/// <summary>
/// <c>backup PATH</c>: a consistent copy of a live SQLite database, taken while servers keep writing to it.
/// </summary>
/// <remarks>
/// <c>VACUUM INTO</c> copies the database as one read transaction sees it, so the copy is the database at one instant
/// (every write committed before it, none after), and in WAL mode it neither waits for writers nor holds them up.
/// It writes to a new file beside PATH, which is flushed to disk (VACUUM INTO does not fsync), checked, and only then
/// renamed to PATH: an interrupted backup never leaves a half-written file under the name a person will restore from.
/// </remarks>
public static class SqliteBackup
{
    public static async Task<CommandResult> RunAsync(string databasePath, string backupPath, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(backupPath);
        if (!File.Exists(databasePath))
        {
            return CommandResult.Refused(
                $"There is no database at {databasePath}: check ConnectionStrings:Outline (the server's setting) and run backup with the same settings.");
        }
        if (File.Exists(target) || Directory.Exists(target))
        {
            return CommandResult.Refused($"{target} already exists; backup never overwrites. Choose a new file name, or move the old backup away.");
        }
        if (!Directory.Exists(Path.GetDirectoryName(target)))
        {
            return CommandResult.Refused($"The directory {Path.GetDirectoryName(target)} does not exist: create it, or choose another PATH.");
        }

        var partial = $"{target}.partial-{Guid.NewGuid():N}";
        try
        {
            await using (var source = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false,
            }.ToString()))
            {
                await source.OpenAsync(cancellationToken);
                await source.ExecuteAsync("VACUUM INTO @Path", new { Path = partial });
            }
            await using (var written = new FileStream(partial, FileMode.Open, FileAccess.ReadWrite))
            {
                written.Flush(flushToDisk: true);
            }

            var (summary, problem) = await SqliteFileCheck.InspectAsync(partial, cancellationToken);
            if (summary is null) return CommandResult.Refused($"The copy of {databasePath} is not sound, so no backup was written: {problem}");
            File.Move(partial, target, overwrite: false);
            return CommandResult.Done($"Backed up {databasePath} to {target} ({summary}); integrity_check: ok.");
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
