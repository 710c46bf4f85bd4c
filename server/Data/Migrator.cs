using System.Globalization;
using System.Reflection;
using Dapper;

namespace OutlineAddin.Data;

/// <summary>
/// Applies the numbered scripts in Data/Migrations (embedded in the assembly) that the database has
/// not seen yet, each in its own transaction, and turns on WAL so readers never wait for a writer.
/// A script may have a step in C# for what SQL cannot do (an <see cref="IMigrationStep"/>); it runs right after the
/// script, in the same transaction.
/// </summary>
public sealed class Migrator(SqliteDatabase database, IEnumerable<IMigrationStep> steps, TimeProvider clock, ILogger<Migrator> logger)
{
    private const string ResourcePrefix = "OutlineAddin.Data.Migrations.";

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(database.FilePath)!);
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
            await connection.ExecuteAsync(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        var codeSteps = steps.ToDictionary(step => step.Version);
        foreach (var (version, name, sql) in Scripts())
        {
            // In the write transaction, then look: two servers starting on one file apply each script once.
            var applied = await database.WriteAsync(async (connection, transaction) =>
            {
                var seen = await connection.ExecuteScalarAsync<bool>(
                    "SELECT count(*) > 0 FROM schema_migrations WHERE version = @Version", new { Version = version }, transaction);
                if (seen) return false;
                await connection.ExecuteAsync(sql, transaction: transaction);
                if (codeSteps.TryGetValue(version, out var codeStep)) await codeStep.RunAsync(connection, transaction);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                    new { Version = version, Name = name, AppliedAt = clock.GetUtcNow() }, transaction);
                return true;
            }, cancellationToken);
            if (applied) logger.LogInformation("Applied migration {Name}", name);
        }
    }

    private static IEnumerable<(int Version, string Name, string Sql)> Scripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order())
        {
            var name = resource[ResourcePrefix.Length..];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            yield return (int.Parse(name[..name.IndexOf('_')], CultureInfo.InvariantCulture), name, reader.ReadToEnd());
        }
    }
}
