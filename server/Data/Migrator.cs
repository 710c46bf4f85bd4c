using System.Data.Common;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;
using OutlineAddin.Data.Migrations;

namespace OutlineAddin.Data;

/// <summary>
/// Applies the numbered scripts in Data/Migrations (embedded in the assembly) that the database has
/// not seen yet, each in its own transaction, and turns on WAL so readers never wait for a writer.
/// A script may have a step in C# for what SQL cannot do (see <see cref="CodeSteps"/>); it runs right after the
/// script, in the same transaction.
/// </summary>
public sealed class Migrator(SqliteDatabase database, ILogger<Migrator> logger)
{
    private const string ResourcePrefix = "OutlineAddin.Data.Migrations.";

    private static readonly Dictionary<int, Func<SqliteConnection, DbTransaction, Task>> CodeSteps = new()
    {
        [TemplateNameKeyMigration.Version] = TemplateNameKeyMigration.RunAsync,
    };

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(database.FilePath)!);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var (version, name, sql) in Scripts())
        {
            // BEGIN IMMEDIATE, then look: two servers starting on one file apply each script once.
            await using var transaction = connection.BeginTransaction(deferred: false);
            var applied = await connection.ExecuteScalarAsync<long>(
                "SELECT count(*) FROM schema_migrations WHERE version = @Version", new { Version = version }, transaction);
            if (applied > 0) continue;
            await connection.ExecuteAsync(sql, transaction: transaction);
            if (CodeSteps.TryGetValue(version, out var codeStep)) await codeStep(connection, transaction);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { Version = version, Name = name, AppliedAt = DateTimeOffset.UtcNow.ToString("O") }, transaction);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied migration {Name}", name);
        }
    }

    private static IEnumerable<(int Version, string Name, string Sql)> Scripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order())
        {
            var name = resource[ResourcePrefix.Length..];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            yield return (int.Parse(name[..name.IndexOf('_')], System.Globalization.CultureInfo.InvariantCulture), name, reader.ReadToEnd());
        }
    }
}
