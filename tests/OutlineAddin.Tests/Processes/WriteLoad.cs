using System.Collections.Concurrent;
using System.Net;

namespace OutlineAddin.Tests.Processes;

/// <summary>
/// A team's members writing at once, each from a connection of their own: creating team templates and saving new
/// versions of them through If-Match (GET for the ETag, PUT; a 412 is someone else saving first, and is left). Every
/// write the server acknowledges is kept, to be looked for after a crash, in a backup or through another instance.
/// The templates carry over from one run to the next, so a load after a restart goes on with them.
/// </summary>
public sealed class WriteLoad(TeamOfWriters team)
{
    private readonly ConcurrentQueue<AcknowledgedWrite> acknowledged = new();
    private readonly ConcurrentQueue<string> unexpected = new();
    private readonly List<string> templateIds = [];
    private int markers;
    private int conflicts;
    private int interrupted;

    public IReadOnlyList<AcknowledgedWrite> Acknowledged => [.. acknowledged];

    /// <summary>Answers other than 2xx and 412: each one a failure of the run.</summary>
    public IReadOnlyList<string> Unexpected => [.. unexpected];

    /// <summary>The 412s: saves another member's save overtook.</summary>
    public int Conflicts => conflicts;

    /// <summary>Writers whose request was cut off by the server going away (or the load stopping), answer unknown.</summary>
    public int Interrupted => interrupted;

    /// <summary>
    /// Writes until <paramref name="stop"/> is cancelled or the server stops answering (it was killed): the write then in
    /// flight is neither acknowledged nor refused, and may or may not be stored.
    /// </summary>
    public async Task RunAsync(ServerProcess server, CancellationToken stop)
    {
        var clients = team.Tokens.Select(token => server.CreateClient(token)).ToList();
        try
        {
            await Task.WhenAll(clients.Select(client => WriteUntilStoppedAsync(new TemplateClient(client), stop)));
        }
        finally
        {
            clients.ForEach(client => client.Dispose());
        }
    }

    private async Task WriteUntilStoppedAsync(TemplateClient client, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var marker = $"write-{Interlocked.Increment(ref markers)}";
                var targets = TemplateIds();
                if (targets.Count < 3 || Random.Shared.Next(4) == 0)
                {
                    var created = await client.CreateAsync(team.TeamId, $"模板 {marker}", marker, stop);
                    if (Record(created, marker, "POST")) Remember(created.Id!);
                    continue;
                }
                var current = await client.GetAsync(targets[Random.Shared.Next(targets.Count)], stop);
                var saved = await client.UpdateAsync(current, marker, stop);
                if (saved.Status == HttpStatusCode.PreconditionFailed) Interlocked.Increment(ref conflicts);
                else Record(saved, marker, "PUT");
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            Interlocked.Increment(ref interrupted);
        }
    }

    private bool Record(SaveResult result, string marker, string method)
    {
        if (!result.Succeeded)
        {
            unexpected.Enqueue($"{method} {marker}: {(int)result.Status}");
            return false;
        }
        acknowledged.Enqueue(new AcknowledgedWrite(result.Id!, result.Version, marker));
        return true;
    }

    private List<string> TemplateIds()
    {
        lock (templateIds) return [.. templateIds];
    }

    private void Remember(string id)
    {
        lock (templateIds) templateIds.Add(id);
    }
}
