using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;

namespace OutlineAddin.Data;

/// <summary>
/// Applies the numbered scripts of the database's provider (Data/Migrations/Sqlite or Data/Migrations/Postgres, embedded
/// in the assembly) that the database has not seen yet, each in its own transaction, and records each in
/// <c>schema_migrations</c>. A script may have a step in C# for what SQL cannot do (an <see cref="IMigrationStep"/> of
/// the same provider); it runs right after the script, in the same transaction. Two servers starting together on one
/// database apply each script once.
/// </summary>
public sealed class Migrator(OutlineDatabase database, IEnumerable<IMigrationStep> steps, TimeProvider clock, ILogger<Migrator> logger)
{
    /// <summary>
    /// The key of the PostgreSQL advisory lock migrations hold (any fixed number that nothing else on the database uses;
    /// these are the bytes of "outline1").
    /// </summary>
    public const long PostgresLockKey = 0x6F75746C696E6531;

    public Task MigrateAsync(CancellationToken cancellationToken) => database switch
    {
        SqliteDatabase sqlite => MigrateSqliteAsync(sqlite, cancellationToken),
        _ => MigratePostgresAsync(cancellationToken),
    };

    /// <summary>Turns on WAL, so readers never wait for a writer, then applies each script in a write transaction.</summary>
    private async Task MigrateSqliteAsync(SqliteDatabase sqlite, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(sqlite.FilePath)!);
        await using (var connection = await sqlite.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
            await connection.ExecuteAsync(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        foreach (var script in Scripts())
        {
            // In the write transaction (BEGIN IMMEDIATE: one writer at a time), then look: two servers starting on one
            // file apply each script once.
            var applied = await sqlite.WriteAsync((connection, transaction) => ApplyAsync(connection, transaction, script), cancellationToken);
            if (applied) logger.LogInformation("Applied migration {Name}", script.Name);
        }
    }

    /// <summary>
    /// Holds an advisory lock on one connection for the whole run, so that a second server starting at the same time
    /// waits until the first is done and then finds every script applied. (Looking in schema_migrations inside each
    /// script's transaction would not do: DDL such as CREATE TABLE IF NOT EXISTS races on the system catalogs.)
    /// </summary>
    private async Task MigratePostgresAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // No command timeout: waiting for another server's migrations is what the lock is for.
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_lock(@Key)", new { Key = PostgresLockKey }, commandTimeout: 0, cancellationToken: cancellationToken));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)",
                cancellationToken: cancellationToken));
            foreach (var script in Scripts())
            {
                bool applied;
                await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
                {
                    applied = await ApplyAsync(connection, transaction, script);
                    await transaction.CommitAsync(cancellationToken);
                }
                if (applied) logger.LogInformation("Applied migration {Name}", script.Name);
            }
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@Key)", new { Key = PostgresLockKey }, cancellationToken: CancellationToken.None));
        }
    }

    private sealed record Script(int Version, string Name, string Sql);

    /// <summary>Applies the script unless the database has seen it; whether it applied it.</summary>
    private async Task<bool> ApplyAsync(DbConnection connection, DbTransaction transaction, Script script)
    {
        var seen = await connection.ExecuteScalarAsync<bool>(
            "SELECT count(*) > 0 FROM schema_migrations WHERE version = @Version", new { script.Version }, transaction);
        if (seen) return false;
        await connection.ExecuteAsync(script.Sql, transaction: transaction);
        var codeStep = steps.SingleOrDefault(step => step.Provider == database.Provider && step.Version == script.Version);
        if (codeStep is not null) await codeStep.RunAsync(connection, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
            new { script.Version, script.Name, AppliedAt = clock.GetUtcNow() }, transaction);
        return true;
    }

    private IEnumerable<Script> Scripts()
    {
        var prefix = $"OutlineAddin.Data.Migrations.{database.Provider}.";
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[prefix.Length..];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            yield return new Script(int.Parse(name[..name.IndexOf('_')], CultureInfo.InvariantCulture), name, reader.ReadToEnd());
        }
    }
}
