using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace OutlineAddin.Tests.Api;

/// <summary>The real server on a real SQLite file of its own, deleted afterwards.</summary>
public class OutlineApiFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"outline-api-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Outline", $"Data Source={DatabasePath}");
        builder.UseSetting("Auth:AdminToken", AdminToken);
        builder.UseEnvironment("Production");
    }

    /// <summary>This server with more settings (on this factory's database), as configuration would give them.</summary>
    public WebApplicationFactory<Program> WithSettings(params (string Key, string Value)[] settings) =>
        WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        });

    /// <summary>Reads the database file directly, as an administrator would, to see what was stored.</summary>
    public async Task<T> QueryDatabaseAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql) ?? throw new InvalidOperationException("No value.");
    }

    public const string AdminToken = "test-admin-token-0123456789abcdef";

    /// <summary>A fingerprint of everything stored: equal before and after a refused request means nothing changed.</summary>
    public async Task<string> DatabaseFingerprintAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        var fingerprint = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            fingerprint.Append(table).Append('|');
            foreach (IDictionary<string, object?> row in await connection.QueryAsync($"SELECT * FROM \"{table}\" ORDER BY rowid"))
            {
                fingerprint.AppendJoin(',', row.Values).Append(';');
            }
        }
        return fingerprint.ToString();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(DatabasePath + suffix);
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// One user writing templates from many connections at once, to test the database under contention: the per-user
/// limit on template saves (2 at once) queues them all instead of refusing past 4 queued.
/// </summary>
public sealed class ManyWritersApiFactory : OutlineApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Limits:QueuedOutlineRequestsPerClient", "1000");
    }
}
