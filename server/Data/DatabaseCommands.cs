using Microsoft.Data.Sqlite;
using Npgsql;

namespace OutlineAddin.Data;

/// <summary>
/// <c>backup PATH</c> and <c>restore PATH</c>, run instead of the web server (<c>dotnet run --project server -- backup PATH</c>,
/// or <c>dotnet OutlineAddin.Server.dll restore PATH</c>), on the database the server's own configuration names: the same
/// appsettings, environment variables and command-line settings. Exit code 0 when done, 1 when refused, 2 on a usage error.
/// </summary>
public static class DatabaseCommands
{
    private const string Backup = "backup";
    private const string Restore = "restore";

    public static bool Requested(string[] args) => args is [Backup or Restore, ..];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [var command, var path, .. var settings] || path.StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("""
                Usage: backup PATH    write a consistent copy of the live SQLite database to the new file PATH
                       restore PATH   replace the SQLite database with the backup PATH (every server on it stopped)
                Settings as for the server, e.g. --ConnectionStrings:Outline="Data Source=/var/lib/outline/outline.db".
                """);
            return 2;
        }

        // The server's own settings, read as the server reads them (DatabaseServices.AddOutlineDatabase).
        var storage = new StorageOptions();
        storage.ReadFrom(WebApplication.CreateBuilder(settings).Configuration);
        var result = storage switch
        {
            { Problem: { } problem } => CommandResult.Refused(problem),
            { ChosenProvider: StorageProvider.Postgres } => CommandResult.Refused(PostgresAdvice(command, path, new NpgsqlConnectionStringBuilder(storage.Outline))),
            _ => await RunOnSqliteAsync(command, path, Path.GetFullPath(new SqliteConnectionStringBuilder(storage.Outline).DataSource)),
        };
        await (result.Succeeded ? Console.Out : Console.Error).WriteLineAsync(result.Message);
        return result.Succeeded ? 0 : 1;
    }

    private static async Task<CommandResult> RunOnSqliteAsync(string command, string path, string databasePath)
    {
        try
        {
            return command == Backup
                ? await SqliteBackup.RunAsync(databasePath, path, CancellationToken.None)
                : await SqliteRestore.RunAsync(databasePath, path, TimeProvider.System, CancellationToken.None);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or SqliteException)
        {
            return CommandResult.Refused($"{command} failed: {exception.Message}");
        }
    }

    /// <summary>PostgreSQL's own tools do this better than the server could: the commands, for this server's database.</summary>
    private static string PostgresAdvice(string command, string path, NpgsqlConnectionStringBuilder postgres)
    {
        var connection = $"--host={postgres.Host} --port={postgres.Port} --username={postgres.Username} --dbname={postgres.Database}";
        return command == Backup
            ? $"""
              With Storage:Provider=Postgres, back up with pg_dump, which copies a consistent snapshot while the servers keep writing:
                pg_dump --format=custom {connection} --file={path}
              """
            : $"""
              With Storage:Provider=Postgres, restore with pg_restore, every server on the database stopped:
                pg_restore --clean --if-exists --no-owner --single-transaction {connection} {path}
              """;
    }
}
