using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace OutlineAddin.Data;

/// <summary>
/// Whether a file is an OutlineAddin SQLite database that SQLite finds sound: the SQLite header, <c>PRAGMA integrity_check</c>
/// answering <c>ok</c>, and the tables the server keeps its data in.
/// </summary>
public static class SqliteFileCheck
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("SQLite format 3\0");

    private static readonly string[] RequiredTables = ["schema_migrations", "templates", "template_versions", "users", "teams"];

    /// <summary>The summary of a sound OutlineAddin database, or why <paramref name="path"/> is not one.</summary>
    public static async Task<(DatabaseSummary? Summary, string? Problem)> InspectAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await InspectSqliteFileAsync(path, cancellationToken);
        }
        catch (SqliteException exception)
        {
            return (null, $"{path} is damaged: SQLite cannot read it ({exception.Message}).");
        }
    }

    private static async Task<(DatabaseSummary? Summary, string? Problem)> InspectSqliteFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) return (null, $"{path} does not exist.");
        var header = new byte[Header.Length];
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            if (await file.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken) < header.Length
                || !header.AsSpan().SequenceEqual(Header))
            {
                return (null, $"{path} is not a SQLite database (its first bytes are not SQLite's header).");
            }
        }

        // immutable: SQLite reads the file alone, as restore will copy it, and leaves no -wal/-shm beside it.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = $"{new Uri(path).AbsoluteUri}?immutable=1", Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        var integrity = (await connection.QueryAsync<string>("PRAGMA integrity_check")).ToList();
        if (integrity is not ["ok"])
        {
            return (null, $"{path} fails SQLite's integrity check: {string.Join("; ", integrity.Take(5))}");
        }
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToHashSet();
        if (RequiredTables.Where(table => !tables.Contains(table)).ToList() is [_, ..] missing)
        {
            return (null, $"{path} is a SQLite database but not an OutlineAddin one: it has no {string.Join(", ", missing)} table.");
        }
        var summary = await connection.QuerySingleAsync<DatabaseSummary>("""
            SELECT (SELECT coalesce(max(version), 0) FROM schema_migrations) AS SchemaVersion,
                   (SELECT count(*) FROM templates WHERE team_id IS NOT NULL) AS TeamTemplates,
                   (SELECT count(*) FROM template_versions) AS TemplateVersions,
                   (SELECT count(*) FROM users) AS Users,
                   (SELECT count(*) FROM teams) AS Teams,
                   @Bytes AS Bytes
            """, new { Bytes = new FileInfo(path).Length });
        return (summary, null);
    }
}
