using System.Net;
using Microsoft.Data.Sqlite;
using OutlineAddin.Data;

namespace OutlineAddin.Tests.Health;

[Trait("Storage", "SqliteOnly")]
public sealed class SqliteHealthTests : IAsyncLifetime
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"outline-health-{Guid.NewGuid():N}.db");
    private readonly ServerWith server;

    public SqliteHealthTests() => server = new ServerWith(("Storage:Provider", "Sqlite"), ("ConnectionStrings:Outline", $"Data Source={path}"));

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Answers_200_with_the_databases_state_provider_and_query_time_never_cached()
    {
        var answer = await HealthAnswers.GetAsync(server.CreateClient());

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Healthy", answer.Json.GetProperty("status").GetString());
        var database = answer.Json.GetProperty("database");
        Assert.Equal(("Healthy", "Sqlite"), (database.GetProperty("status").GetString(), database.GetProperty("provider").GetString()));
        Assert.InRange(database.GetProperty("durationMs").GetDouble(), 0, 2000);
        Assert.Contains("no-store", answer.CacheControl, StringComparison.Ordinal);
        HealthAnswers.AssertSaysNoMoreThanItsState(answer);
        Assert.DoesNotContain(path, answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_503_when_the_database_file_is_no_database_and_says_nothing_of_where_or_why()
    {
        var client = server.CreateClient();
        await HealthAnswers.UntilAsync(client, HttpStatusCode.OK);

        // Everything into the file itself first (otherwise the server reads its pages from the WAL), then the file
        // overwritten in place, as the server has it open.
        await using (var checkpoint = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await checkpoint.OpenAsync();
            await using var command = checkpoint.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await command.ExecuteNonQueryAsync();
        }
        await File.WriteAllTextAsync(path, new string('x', 8192));
        var answer = await HealthAnswers.UntilAsync(client, HttpStatusCode.ServiceUnavailable);

        Assert.Equal(("Unhealthy", "Unhealthy"), (answer.Json.GetProperty("status").GetString(), answer.Json.GetProperty("database").GetProperty("status").GetString()));
        Assert.Contains("no-store", answer.CacheControl, StringComparison.Ordinal);
        HealthAnswers.AssertSaysNoMoreThanItsState(answer);
        foreach (var secret in new[] { path, Path.GetFileName(path), "Data Source", "not a database", "SQLite Error" })
            Assert.DoesNotContain(secret, answer.Body, StringComparison.OrdinalIgnoreCase);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        File.Delete(DatabaseFileLock.PathFor(path)); // the server's marker that it runs on the file
    }
}
