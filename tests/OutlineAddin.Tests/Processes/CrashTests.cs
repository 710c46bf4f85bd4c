using System.Diagnostics;
using Dapper;
using OutlineAddin.Data;
using OutlineAddin.Tests.Data;
using Xunit.Abstractions;

namespace OutlineAddin.Tests.Processes;

/// <summary>
/// <c>kill -9</c> in the middle of a write load, several times over: after each crash every write the server had
/// acknowledged is stored as acknowledged, and the database checks clean, before and after a restart on it.
/// </summary>
[Collection(ServerProcessTests.Name)]
[Trait("Category", "Processes")]
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Crashes = 3;
    private const int Writers = 6;

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Every_acknowledged_write_survives_kill_9_mid_load_and_the_database_checks_clean(StorageProvider provider)
    {
        if (provider == StorageProvider.Postgres && TestPostgres.Skipped) return;
        var elapsed = Stopwatch.StartNew();
        await using var database = await ProcessDatabase.CreateAsync(provider);
        var server = await ServerProcess.StartAsync(database);
        try
        {
            var team = await TeamOfWriters.CreateAsync(server, Writers);
            var load = new WriteLoad(team);
            for (var crash = 1; crash <= Crashes; crash++)
            {
                using var stop = new CancellationTokenSource();
                var writing = load.RunAsync(server, stop.Token);
                var before = load.Acknowledged.Count;
                var interruptedBefore = load.Interrupted;
                // Some writes first, then a moment no one chose: the kill lands wherever the writers are.
                while (load.Acknowledged.Count < before + 20 && !writing.IsCompleted) await Task.Delay(10);
                await Task.Delay(Random.Shared.Next(50, 500));
                await server.KillAsync();
                await writing;
                stop.Cancel();

                var history = await CheckStoredAsync(database, load.Acknowledged);
                output.WriteLine($"crash {crash}: kill -9 with {load.Interrupted - interruptedBefore} of {Writers} writers' requests in flight; "
                    + $"{load.Acknowledged.Count} writes acknowledged so far ({load.Conflicts} saves answered 412); "
                    + $"stored: {history.Current.Count} templates, {history.VersionCount} versions, every acknowledged write among them; "
                    + (provider == StorageProvider.Sqlite ? "integrity_check ok" : "count and content check ok"));

                await server.DisposeAsync();
                server = await ServerProcess.StartAsync(database);
                await CheckServedAsync(server, team, history);
            }
            Assert.Empty(load.Unexpected);
            Assert.Empty(load.Acknowledged.SharedVersions());
            output.WriteLine($"{provider}: {Crashes} crashes, {load.Acknowledged.Count} acknowledged writes, none lost, in {elapsed.Elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>With the server dead: the database's own check, then every acknowledged write in the history.</summary>
    private static async Task<StoredHistory> CheckStoredAsync(ProcessDatabase database, IReadOnlyList<AcknowledgedWrite> acknowledged)
    {
        await using var connection = await database.OpenAsync();
        if (database.Provider == StorageProvider.Sqlite)
        {
            Assert.Equal(["ok"], await connection.QueryAsync<string>("PRAGMA integrity_check"));
        }
        var history = await StoredHistory.ReadAsync(connection);
        Assert.Empty(history.Problems);
        Assert.Empty(history.Missing(acknowledged));
        return history;
    }

    /// <summary>The restarted server serves what is stored: every template at its stored version.</summary>
    private static async Task CheckServedAsync(ServerProcess server, TeamOfWriters team, StoredHistory history)
    {
        using var http = server.CreateClient(team.Tokens[0]);
        var client = new TemplateClient(http);
        foreach (var (id, version) in history.Current)
        {
            Assert.Equal(version, (await client.GetAsync(id)).Version);
        }
    }
}
