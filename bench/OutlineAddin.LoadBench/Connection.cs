using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace OutlineAddin.LoadBench;

/// <summary>
/// One keep-alive HTTP/1.1 connection to one server, as a user's taskpane holds one: its own handler limited to a
/// single connection, so N workers are N connections, as in wrk.
/// </summary>
public sealed class Connection(Uri server, string token) : IDisposable
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient client = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 1,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = server,
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly AuthenticationHeaderValue authorization = new("Bearer", token);

    /// <summary>The answer, read whole, with its latency counted from <paramref name="due"/>; a failure without an answer throws.</summary>
    public async Task<Answer> SendAsync(HttpMethod method, string path, long due, string? ifMatch = null, byte[]? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = authorization;
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        using var timeout = new CancellationTokenSource(RequestTimeout);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
        var milliseconds = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
        return new Answer(response.StatusCode, response.Headers.ETag?.ToString(), milliseconds);
    }

    /// <summary>A resource as JSON, for setting up: outside the measured requests, and any failure is fatal.</summary>
    public async Task<JsonNode> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = authorization;
        using var response = await client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
    }

    public void Dispose() => client.Dispose();
}

public sealed record Answer(HttpStatusCode Status, string? ETag, double Milliseconds)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;
}
