using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace OutlineAddin.Tests.Api;

/// <summary>The real server on a real SQLite file of its own, deleted afterwards.</summary>
public sealed class OutlineApiFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"outline-api-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Outline", $"Data Source={DatabasePath}");
        builder.UseEnvironment("Production");
    }

    /// <summary>Reads the database file directly, as an administrator would, to see what was stored.</summary>
    public async Task<T> QueryDatabaseAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql) ?? throw new InvalidOperationException("No value.");
    }

    /// <summary>A fingerprint of everything stored: equal before and after a refused request means nothing changed.</summary>
    public Task<string> DatabaseFingerprintAsync() =>
        QueryDatabaseAsync<string>("SELECT group_concat(id || ':' || version || ':' || content_hash, ',') FROM (SELECT * FROM templates ORDER BY id)");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(DatabasePath + suffix);
    }
}
