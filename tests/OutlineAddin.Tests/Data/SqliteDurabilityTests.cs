using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OutlineAddin.Data;
using OutlineAddin.Tests.Api;

namespace OutlineAddin.Tests.Data;

/// <summary>
/// The server's SQLite connections sync the WAL at every commit (<c>synchronous = FULL</c>), so that an acknowledged
/// write survives a power loss; <c>synchronous</c> is a setting of each connection, not of the file, so every
/// connection has to set it.
/// </summary>
[Trait("Storage", "SqliteOnly")]
public sealed class SqliteDurabilityTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    private const long Full = 2; // PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA

    [Fact]
    public async Task The_servers_read_and_write_connections_sync_every_commit_in_wal_mode()
    {
        var database = Assert.IsType<SqliteDatabase>(factory.Services.GetRequiredService<OutlineDatabase>());

        await using var reading = await database.OpenAsync();
        var written = await database.WriteAsync(
            (connection, transaction) => connection.ExecuteScalarAsync<long>("PRAGMA synchronous", transaction: transaction), CancellationToken.None);

        Assert.Equal((Full, Full), (await reading.ExecuteScalarAsync<long>("PRAGMA synchronous"), written));
        Assert.Equal("wal", await reading.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
    }
}
