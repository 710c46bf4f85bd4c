using System.Runtime.CompilerServices;

namespace OutlineAddin.LoadBench;

/// <summary>The two kinds of connection of a run: readers fetching templates, writers saving their own.</summary>
public static class Workers
{
    /// <summary>Fetches templates picked at random from <paramref name="templateIds"/> until the window ends.</summary>
    public static async Task ReadAsync(Connection connection, IReadOnlyList<string> templateIds, Pacer pacer, Random random,
        MeasuredWindow window, OperationLog reads)
    {
        while (!window.IsOver)
        {
            var due = await pacer.NextAsync();
            var id = templateIds[random.Next(templateIds.Count)];
            var log = window.Contains(due) ? reads : null;
            var answer = await AttemptAsync(() => connection.SendAsync(HttpMethod.Get, $"api/templates/{id}", due), log);
            if (answer is not null) log?.Answered(answer.Milliseconds, answer.IsSuccess ? null : FailureKinds.Status(answer.Status));
        }
    }

    /// <summary>
    /// Saves one template again and again as the taskpane does: GET for its current ETag, then PUT a changed outline
    /// with If-Match. The template is this writer's alone, so a 412 means a version went wrong, not a race lost.
    /// <paramref name="acknowledged"/> counts every 2xx save, warm-up included, to be checked against the versions stored.
    /// </summary>
    public static async Task WriteAsync(Connection connection, string templateId, int writer, Pacer pacer, MeasuredWindow window,
        OperationLog fetches, OperationLog saves, StrongBox<int> acknowledged, CancellationToken cancellationToken)
    {
        var request = await TemplateBodyAsync(connection, templateId, cancellationToken);
        var save = 0;
        while (!window.IsOver)
        {
            var due = await pacer.NextAsync();
            var measured = window.Contains(due);
            var fetched = await AttemptAsync(() => connection.SendAsync(HttpMethod.Get, $"api/templates/{templateId}", due), measured ? fetches : null);
            if (fetched is null) continue;
            if (measured) fetches.Answered(fetched.Milliseconds, fetched.IsSuccess ? null : FailureKinds.Status(fetched.Status));
            if (!fetched.IsSuccess || fetched.ETag is null) continue;

            var saveDue = System.Diagnostics.Stopwatch.GetTimestamp();
            var body = TemplateRequests.Edited(request, writer, ++save);
            var saved = await AttemptAsync(() => connection.SendAsync(HttpMethod.Put, $"api/templates/{templateId}", saveDue, fetched.ETag, body),
                measured ? saves : null);
            if (saved is { IsSuccess: true }) acknowledged.Value++;
            if (saved is null || !measured) continue;
            saves.Answered(saved.Milliseconds, saved switch
            {
                { IsSuccess: false } => FailureKinds.Status(saved.Status),
                { ETag: null } => FailureKinds.MissingETag,
                _ when saved.ETag == fetched.ETag => FailureKinds.SameVersion,
                _ => null,
            });
        }
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> TemplateBodyAsync(Connection connection, string templateId, CancellationToken cancellationToken)
    {
        var json = await connection.GetJsonAsync($"api/templates/{templateId}", cancellationToken);
        return TemplateRequests.From(json, (string)json["name"]!);
    }

    /// <summary>The answer; or null when there was none (counted in <paramref name="log"/> by cause).</summary>
    private static async Task<Answer?> AttemptAsync(Func<Task<Answer>> send, OperationLog? log)
    {
        try
        {
            return await send();
        }
        catch (OperationCanceledException)
        {
            log?.Failed(FailureKinds.Timeout(Connection.RequestTimeout));
        }
        catch (HttpRequestException exception)
        {
            log?.Failed(FailureKinds.Of(exception));
        }
        return null;
    }
}
