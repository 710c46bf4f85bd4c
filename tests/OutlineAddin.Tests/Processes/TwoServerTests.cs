using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using OutlineAddin.Data;
using OutlineAddin.Tests.Data;
using Xunit.Abstractions;

namespace OutlineAddin.Tests.Processes;

/// <summary>
/// Two server processes on one database, started together on a fresh one, and many people saving one template
/// through both at once, each the way the taskpane does (GET, PUT with If-Match; on 412 read again and retry): every
/// success is a version of its own, the history grows by exactly the successes, and no success is lost.
/// </summary>
[Collection(ServerProcessTests.Name)]
[Trait("Category", "Processes")]
public sealed class TwoServerTests(ITestOutputHelper output)
{
    private const int Loops = 8;
    private const int TargetSuccesses = 60;
    private static readonly TimeSpan LoadTime = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Concurrent_If_Match_saves_of_one_template_through_two_servers_each_make_one_version_and_none_is_lost(StorageProvider provider)
    {
        if (provider == StorageProvider.Postgres && TestPostgres.Skipped) return;
        await using var database = await ProcessDatabase.CreateAsync(provider);
        // Together, on a database with no schema yet: both run the migrations at once, and both must come up.
        var starting = new[] { ServerProcess.StartAsync(database), ServerProcess.StartAsync(database) };
        try
        {
            var servers = await Task.WhenAll(starting);
            var team = await TeamOfWriters.CreateAsync(servers[0], Loops);
            using var firstHttp = servers[1].CreateClient(team.Tokens[0]);
            var created = await new TemplateClient(firstHttp).CreateAsync(team.TeamId, "季度总结", "version-1");
            Assert.Equal(HttpStatusCode.Created, created.Status);
            var templateId = created.Id!;

            var successes = new ConcurrentQueue<(AcknowledgedWrite Write, int Server)>();
            var unexpected = new ConcurrentQueue<string>();
            var conflicts = 0;
            var elapsed = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Loops).Select(async loop =>
            {
                var server = loop % 2;
                using var http = servers[server].CreateClient(team.Tokens[loop]);
                var client = new TemplateClient(http);
                for (var attempt = 1; successes.Count < TargetSuccesses && elapsed.Elapsed < LoadTime; attempt++)
                {
                    var marker = $"loop-{loop}-attempt-{attempt}";
                    var saved = await client.UpdateAsync(await client.GetAsync(templateId), marker);
                    if (saved.Status == HttpStatusCode.OK) successes.Enqueue((new AcknowledgedWrite(templateId, saved.Version, marker), server));
                    else if (saved.Status == HttpStatusCode.PreconditionFailed) Interlocked.Increment(ref conflicts);
                    else unexpected.Enqueue($"{marker}: {(int)saved.Status}");
                }
            }));

            var writes = successes.Select(success => success.Write).ToList();
            Assert.Empty(unexpected);
            Assert.NotEmpty(writes);
            Assert.Equal(writes.Count, writes.Select(write => write.Version).Distinct().Count());
            using var secondHttp = servers[0].CreateClient(team.Tokens[1]);
            Assert.Equal(1 + writes.Count, (await new TemplateClient(secondHttp).GetAsync(templateId)).Version);

            await using var connection = await database.OpenAsync();
            var history = await StoredHistory.ReadAsync(connection);
            Assert.Empty(history.Problems);
            Assert.Equal(1 + writes.Count, history.Current[templateId]);
            Assert.Equal(1 + writes.Count, history.VersionCount);
            Assert.Empty(history.Missing(writes));
            output.WriteLine($"{provider}: two servers started together on a fresh database; {Loops} save loops ({Loops / 2} through each) "
                + $"in {elapsed.Elapsed.TotalSeconds:F1} s: {writes.Count} saves succeeded ({successes.Count(success => success.Server == 0)} through server 1, "
                + $"{successes.Count(success => success.Server == 1)} through server 2), {conflicts} answered 412 and retried; "
                + $"versions 2…{1 + writes.Count} each written once, final version {history.Current[templateId]}, every success's content at its version.");
        }
        finally
        {
            foreach (var server in starting.Where(start => start.IsCompletedSuccessfully)) await (await server).DisposeAsync();
        }
    }
}
