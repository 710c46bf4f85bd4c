using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace OutlineAddin.Tests.Api;

/// <summary>
/// What Kestrel answers by itself and what it lets the app answer, on the real server over a raw connection: the test
/// host has no Kestrel, no body size limit, no data rate and no HTTP/1.1 parser.
/// </summary>
public sealed class KestrelErrorTests : IAsyncLifetime
{
    private readonly OutlineApiFactory baseFactory = new();
    private WebApplicationFactory<Program> factory = null!;
    private Uri address = null!;

    public Task InitializeAsync()
    {
        factory = baseFactory.WithWebHostBuilder(builder => builder.UseSetting("urls", "http://127.0.0.1:0"));
        factory.UseKestrel(kestrel => kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(2)));
        factory.StartServer();
        address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await baseFactory.DisposeAsync();
    }

    [Fact]
    public async Task A_body_declared_over_the_size_limit_is_refused_as_a_problem_naming_the_limit()
    {
        var response = await SendAsync(Post("/api/outlines/parse", contentLength: 50_000_000));

        var problem = response.AssertProblem(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("上限", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_sent_too_slowly_is_refused_as_a_request_timeout_problem()
    {
        var response = await SendAsync(Post("/api/outlines/parse", contentLength: 10_000) + "{\"text\":", keepSending: TimeSpan.FromSeconds(10));

        var problem = response.AssertProblem(HttpStatusCode.RequestTimeout);
        Assert.Contains("太慢", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_chunked_body_that_cannot_be_framed_is_refused_as_a_bad_request_problem_in_chinese()
    {
        var request = "POST /api/outlines/parse HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n";

        var response = await SendAsync(request);

        var problem = response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("传输格式", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_empty_chunked_body_with_a_Content_Length_too_is_refused_as_a_missing_body()
    {
        // Kestrel reads the body as chunked (RFC 9112 §6.3: Transfer-Encoding wins) and finds it empty.
        var request = "POST /api/outlines/parse HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 10\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";

        var response = await SendAsync(request);

        var problem = response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Equal("缺少请求体", problem.GetProperty("title").GetString());
    }

    // These never reach the app: Kestrel answers them itself with an empty body (see BadRequestBodyHandler).
    [Theory]
    [InlineData("GARBAGE\r\n\r\n", HttpStatusCode.BadRequest)]
    [InlineData("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Filler: {filler}\r\n\r\n", HttpStatusCode.RequestHeaderFieldsTooLarge)]
    public async Task Errors_in_the_request_line_or_headers_are_answered_by_kestrel_before_the_app_runs(string request, HttpStatusCode status)
    {
        var response = await SendAsync(request.Replace("{filler}", new string('x', 40 * 1024), StringComparison.Ordinal));

        Assert.Equal(status, response.Status);
        Assert.Equal("", response.Body);
    }

    [Fact]
    public async Task No_answer_names_the_server_software()
    {
        var response = await SendAsync("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.Headers.ContainsKey("Server"));
    }

    private static string Post(string path, long contentLength) =>
        $"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {contentLength}\r\n\r\n";

    /// <summary>Sends <paramref name="request"/> and reads one answer; with keepSending, then trickles a byte every few seconds until answered.</summary>
    private async Task<RawResponse> SendAsync(string request, TimeSpan? keepSending = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var reading = RawResponse.ReadAsync(stream, timeout.Token);
        if (keepSending is { } duration)
        {
            var until = DateTime.UtcNow + duration;
            while (!reading.IsCompleted && DateTime.UtcNow < until)
            {
                await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(3)));
                if (!reading.IsCompleted) await stream.WriteAsync("\""u8.ToArray());
            }
        }
        return await reading;
    }

    private sealed record RawResponse(HttpStatusCode Status, Dictionary<string, string> Headers, string Body)
    {
        public JsonElement AssertProblem(HttpStatusCode status)
        {
            Assert.Equal(status, Status);
            Assert.StartsWith("application/problem+json", Headers.GetValueOrDefault("Content-Type"), StringComparison.Ordinal);
            var problem = JsonDocument.Parse(Body).RootElement;
            Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
            return problem;
        }

        public static async Task<RawResponse> ReadAsync(Stream stream, CancellationToken cancellationToken)
        {
            var received = new MemoryStream();
            var buffer = new byte[16 * 1024];
            while (true)
            {
                if (TryParse(received.ToArray(), out var response)) return response;
                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (read == 0) return TryParse(received.ToArray(), out response, closed: true) ? response : throw new IOException("The server closed the connection without an answer.");
                received.Write(buffer, 0, read);
            }
        }

        private static bool TryParse(byte[] bytes, out RawResponse response, bool closed = false)
        {
            response = null!;
            var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
            if (end < 0) return false;
            var lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
            var headers = lines.Skip(1).Select(line => line.Split(':', 2)).ToDictionary(parts => parts[0], parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);
            var status = (HttpStatusCode)int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
            var rest = bytes[(end + 4)..];
            var body = headers.TryGetValue("Content-Length", out var length) ? (rest.Length >= int.Parse(length, CultureInfo.InvariantCulture) ? rest : null)
                : headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase) ? Unchunk(rest)
                : closed ? rest : [];
            if (body is null) return false;
            response = new RawResponse(status, headers, Encoding.UTF8.GetString(body));
            return true;
        }

        // The body of a chunked answer, once its last chunk has arrived.
        private static byte[]? Unchunk(byte[] rest)
        {
            var body = new MemoryStream();
            var position = 0;
            while (true)
            {
                var lineEnd = rest.AsSpan(position).IndexOf("\r\n"u8);
                if (lineEnd < 0) return null;
                var size = Convert.ToInt32(Encoding.ASCII.GetString(rest, position, lineEnd).Split(';')[0], 16);
                var start = position + lineEnd + 2;
                if (size == 0) return body.ToArray();
                if (rest.Length < start + size + 2) return null;
                body.Write(rest, start, size);
                position = start + size + 2;
            }
        }
    }
}
