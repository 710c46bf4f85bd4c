using System.Net;
using Npgsql;
using OutlineAddin.Tests.Data;

namespace OutlineAddin.Tests.Health;

/// <summary>GET /healthz of a server on PostgreSQL, reached directly or through a relay the test cuts and restores.</summary>
public sealed class PostgresHealthTests : IAsyncLifetime
{
    private string connectionString = "";

    public async Task InitializeAsync()
    {
        if (!TestPostgres.Skipped) connectionString = await TestPostgres.CreateDatabaseAsync();
    }

    [Fact]
    public async Task Answers_200_with_the_provider_and_nothing_of_the_connection_string()
    {
        if (TestPostgres.Skipped) return;
        await using var server = OnPostgres(connectionString);

        var answer = await HealthAnswers.GetAsync(server.CreateClient());

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var database = answer.Json.GetProperty("database");
        Assert.Equal(("Healthy", "Healthy", "Postgres"),
            (answer.Json.GetProperty("status").GetString(), database.GetProperty("status").GetString(), database.GetProperty("provider").GetString()));
        Assert.Contains("no-store", answer.CacheControl, StringComparison.Ordinal);
        AssertNothingOf(connectionString, answer);
    }

    [Fact]
    public async Task Answers_503_while_the_database_is_cut_off_and_200_again_once_it_is_back()
    {
        if (TestPostgres.Skipped) return;
        var direct = new NpgsqlConnectionStringBuilder(connectionString);
        await using var relay = new TcpRelay(new IPEndPoint(IPAddress.Parse(direct.Host!), direct.Port));
        var throughRelay = new NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = relay.Port }.ConnectionString;
        await using var server = OnPostgres(throughRelay);
        var client = server.CreateClient();
        await HealthAnswers.UntilAsync(client, HttpStatusCode.OK);

        relay.Cut();
        var started = DateTime.UtcNow;
        var cut = await HealthAnswers.UntilAsync(client, HttpStatusCode.ServiceUnavailable);
        // A black hole answers nothing: the probe's own time limit (2 s), not the driver's (15 s and more), ends the wait.
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.Zero, TimeSpan.FromSeconds(8));
        Assert.Equal(("Unhealthy", "Postgres"),
            (cut.Json.GetProperty("database").GetProperty("status").GetString(), cut.Json.GetProperty("database").GetProperty("provider").GetString()));
        AssertNothingOf(throughRelay, cut);

        relay.Restore();
        var back = await HealthAnswers.UntilAsync(client, HttpStatusCode.OK);
        Assert.Equal("Healthy", back.Json.GetProperty("status").GetString());
    }

    private static ServerWith OnPostgres(string connectionString) =>
        new(("Storage:Provider", "Postgres"), ("ConnectionStrings:Outline", connectionString));

    private static void AssertNothingOf(string connectionString, HealthAnswers.Answer answer)
    {
        HealthAnswers.AssertSaysNoMoreThanItsState(answer);
        var parts = new NpgsqlConnectionStringBuilder(connectionString);
        foreach (var secret in new[] { parts.Host!, parts.Database!, parts.Password!, "Host=" })
            Assert.DoesNotContain(secret, answer.Body, StringComparison.OrdinalIgnoreCase);
    }

    public async Task DisposeAsync()
    {
        if (connectionString.Length > 0) await TestPostgres.DropDatabaseAsync(connectionString);
    }
}
