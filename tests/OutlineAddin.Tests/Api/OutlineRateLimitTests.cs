using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OutlineAddin.Http;

namespace OutlineAddin.Tests.Api;

/// <summary>One outline request at a time per client, two for everyone, and no queues: the limits are reached at once.</summary>
public sealed class TightLimitsApiFactory : OutlineApiFactory
{
    // On Kestrel, a request runs while its body is still arriving.
    public TightLimitsApiFactory() => UseKestrel(0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Limits:ConcurrentOutlineRequestsPerClient", "1");
        builder.UseSetting("Limits:QueuedOutlineRequestsPerClient", "0");
        builder.UseSetting("Limits:ConcurrentOutlineRequests", "2");
        builder.UseSetting("Limits:QueuedOutlineRequests", "0");
        builder.UseSetting("Limits:RetryAfterSeconds", "3");
        // The held bodies send nothing more: they are not to be cut off for it while a test runs.
        builder.UseSetting("Limits:MinBodyRateGraceSeconds", "60");
    }
}

public class OutlineRateLimitTests(TightLimitsApiFactory factory) : IClassFixture<TightLimitsApiFactory>
{
    /// <summary>
    /// A parse request whose headers and first bytes are sent and whose body never completes: it holds its slot until
    /// the connection is closed. Written on a socket, since HttpClient may hold back a body it has not finished.
    /// </summary>
    private static async Task<System.Net.Sockets.TcpClient> HoldASlotAsync(HttpClient client, string route = "/api/outlines/parse")
    {
        var server = client.BaseAddress!;
        var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(server.Host, server.Port);
        var authorization = client.DefaultRequestHeaders.Authorization is { } token ? $"Authorization: {token}\r\n" : "";
        var head = $"POST {route} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\n{authorization}Content-Length: 1000\r\n\r\n{{ \"text\": \"";
        await socket.GetStream().WriteAsync(Encoding.UTF8.GetBytes(head));
        return socket;
    }

    /// <summary>
    /// Holds a slot for each holder, then probes until the probe is refused with 429. A held request that came in while a
    /// probe had the slot was itself refused (its answer is waiting on the socket): it is sent again.
    /// </summary>
    private static Task<(List<System.Net.Sockets.TcpClient> Held, HttpResponseMessage Refused)> HoldSlotsUntilRefusedAsync(
        HttpClient probe, params HttpClient[] holders) =>
        HoldSlotsUntilRefusedAsync("/api/outlines/parse", () => probe.PostAsJsonAsync("/api/outlines/parse", new { text = "一、乙" }), holders);

    private static async Task<(List<System.Net.Sockets.TcpClient> Held, HttpResponseMessage Refused)> HoldSlotsUntilRefusedAsync(
        string route, Func<Task<HttpResponseMessage>> probe, params HttpClient[] holders)
    {
        var held = new List<System.Net.Sockets.TcpClient>();
        foreach (var holder in holders) held.Add(await HoldASlotAsync(holder, route));
        for (var attempt = 0; attempt < 200; attempt++)
        {
            await Task.Delay(50);
            for (var i = 0; i < held.Count; i++)
            {
                if (held[i].Available == 0) continue;
                held[i].Dispose();
                held[i] = await HoldASlotAsync(holders[i], route);
            }
            var response = await probe();
            if (response.StatusCode == HttpStatusCode.TooManyRequests) return (held, response);
        }
        throw new InvalidOperationException("The held requests never took their slots.");
    }

    // A slot is given back once the server sees its connection closed.
    private static async Task<HttpResponseMessage> ParseUntilAccepted(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.PostAsJsonAsync("/api/outlines/parse", new { text = "一、丁" });
            if (response.IsSuccessStatusCode || attempt == 100) return response;
            await Task.Delay(50);
        }
    }

    private async Task<HttpClient> SignedInClientAsync(string name)
    {
        var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", OutlineApiFactory.AdminToken);
        var created = await (await admin.PostAsJsonAsync("/api/users", new { name })).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", created.GetProperty("token").GetString());
        return client;
    }

    [Fact]
    public async Task A_client_past_its_concurrent_outline_requests_gets_429_with_Retry_After_and_others_still_get_through()
    {
        var busy = await SignedInClientAsync("忙碌的用户");
        var (held, refused) = await HoldSlotsUntilRefusedAsync(busy, busy);
        var problem = await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests, "同时进行的大纲或模板请求过多");
        Assert.Equal("https://tools.ietf.org/html/rfc6585#section-4", problem.GetProperty("type").GetString());
        Assert.Equal(TimeSpan.FromSeconds(3), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().PostAsJsonAsync("/api/outlines/parse", new { text = "一、丙" })).StatusCode);

        held.ForEach(socket => socket.Dispose());
        Assert.Equal(HttpStatusCode.OK, (await ParseUntilAccepted(busy)).StatusCode);
    }

    [Fact]
    public async Task When_every_shared_slot_is_working_the_next_client_gets_503_with_Retry_After()
    {
        var slots = factory.Services.GetRequiredService<OutlineWorkSlots>();
        using var first = await slots.AcquireAsync();
        using var second = await slots.AcquireAsync();
        Assert.True(first.IsAcquired && second.IsAcquired);

        var refused = await factory.CreateClient().PostAsJsonAsync("/api/outlines/parse", new { text = "一、乙" });
        await refused.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "服务器");
        Assert.Equal(TimeSpan.FromSeconds(3), refused.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Clients_whose_bodies_are_still_arriving_do_not_block_other_clients()
    {
        // As many slow uploads, from different clients, as there are shared slots: each holds only its own client's slot.
        var first = await SignedInClientAsync("慢速上传一");
        var second = await SignedInClientAsync("慢速上传二");
        var (held, refused) = await HoldSlotsUntilRefusedAsync(first, first);
        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests, "同时进行的大纲或模板请求过多");
        var (heldToo, refusedToo) = await HoldSlotsUntilRefusedAsync(second, second);
        held.AddRange(heldToo);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedToo.StatusCode);

        var response = await factory.CreateClient().PostAsJsonAsync("/api/outlines/parse", new { text = "一、丙" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        held.ForEach(socket => socket.Dispose());
    }

    [Fact]
    public async Task A_user_saving_templates_has_as_few_bodies_in_flight_as_outline_requests()
    {
        // 30 parallel 4 MB template saves from one user took the server from 257 to 889 MB: now one at a time here.
        // Until the held save has its slot, a save is read and refused as no valid template (400); a held save that came in
        // while such a save had the slot was refused itself, and is sent again.
        var saver = await SignedInClientAsync("批量保存");
        var (held, refused) = await HoldSlotsUntilRefusedAsync("/api/templates", () => saver.PostAsJsonAsync("/api/templates", new { name = "小" }), saver);

        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests, "同时进行的大纲或模板请求过多");
        held.ForEach(socket => socket.Dispose());
    }
}

/// <summary>Outline bodies must arrive at 1 KB/s after two seconds.</summary>
public sealed class SlowBodyApiFactory : OutlineApiFactory
{
    public SlowBodyApiFactory() => UseKestrel(0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Limits:MinBodyBytesPerSecond", "1024");
        builder.UseSetting("Limits:MinBodyRateGraceSeconds", "2");
    }
}

public class OutlineBodyDataRateTests(SlowBodyApiFactory factory) : IClassFixture<SlowBodyApiFactory>
{
    [Fact]
    public async Task An_outline_body_trickling_in_below_the_minimum_rate_is_cut_off_with_408()
    {
        var server = factory.CreateClient().BaseAddress!;
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(server.Host, server.Port);
        var stream = socket.GetStream();
        var head = $"POST /api/outlines/parse HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{{ \"text\": \"";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head));

        // 500 bytes a second, for at most 15 seconds: below 1 KB/s, above Kestrel's own 240 B/s.
        var answer = new byte[4096];
        var reading = stream.ReadAsync(answer).AsTask();
        for (var second = 0; second < 15 && !reading.IsCompleted; second++)
        {
            try { await stream.WriteAsync(Encoding.UTF8.GetBytes(new string('a', 500))); }
            catch (IOException) { break; }
            await Task.WhenAny(reading, Task.Delay(1000));
        }

        Assert.True(reading.IsCompleted, "The trickling body was not cut off.");
        var status = Encoding.ASCII.GetString(answer, 0, await reading);
        Assert.StartsWith("HTTP/1.1 408", status);
    }
}
