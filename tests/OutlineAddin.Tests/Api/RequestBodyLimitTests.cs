using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using static OutlineAddin.Tests.Api.HttpAssertions;

namespace OutlineAddin.Tests.Api;

/// <summary>The server behind Kestrel, whose request body limits the in-memory test server does not enforce.</summary>
public sealed class KestrelApiFactory : OutlineApiFactory
{
    public KestrelApiFactory() => UseKestrel(0);

    /// <summary>
    /// A client of the real server that waits for its answer to <c>Expect: 100-continue</c> however long it takes.
    /// HttpClient's own wait is one second, after which it sends the body anyway: on a loaded machine the server's early
    /// 413 then meets a body in flight, and the connection is reset before the answer is read (a broken pipe, not a 413).
    /// </summary>
    public HttpClient CreateExpectContinueClient()
    {
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) }) { BaseAddress = new Uri(address) };
    }
}

public class RequestBodyLimitTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    private static HttpRequestMessage Post(string route, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = content };
        // As curl does for big bodies: the server may answer before the body is sent, as it should here.
        request.Headers.ExpectContinue = true;
        return request;
    }

    // As the taskpane sends JSON: Chinese characters as UTF-8, not \uXXXX.
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string ParseBody(int bytes) => $$"""{ "text": "{{new string('a', bytes)}}" }""";

    [Fact]
    public async Task An_anonymous_outline_body_over_its_limit_is_a_413_naming_the_limit_and_is_not_read()
    {
        var client = factory.CreateExpectContinueClient();
        var response = await client.SendAsync(Post("/api/outlines/parse", Json(ParseBody(5 * 1024 * 1024))));
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "4 MB");
    }

    [Fact]
    public async Task A_chunked_body_without_a_length_is_cut_off_at_the_limit_too()
    {
        var client = factory.CreateExpectContinueClient();
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(ParseBody(5 * 1024 * 1024))));
        content.Headers.ContentType = new("application/json");
        var request = Post("/api/outlines/parse", content);
        request.Headers.TransferEncodingChunked = true;
        var response = await client.SendAsync(request);
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "4 MB");
    }

    [Fact]
    public async Task A_template_over_its_limit_is_asked_to_be_shortened_not_sent_in_parts()
    {
        var admin = factory.CreateExpectContinueClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", OutlineApiFactory.AdminToken);
        var body = $$"""{ "teamId": "t", "name": "大", "nodes": [{ "title": "{{new string('a', 5 * 1024 * 1024)}}", "children": [] }] }""";
        var problem = await (await admin.SendAsync(Post("/api/templates", Json(body)))).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "4 MB");
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("模板", detail);
        Assert.DoesNotContain("分批", detail);
    }

    [Fact]
    public async Task Endpoints_that_take_names_and_roles_refuse_a_body_over_64_KB()
    {
        var admin = factory.CreateExpectContinueClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", OutlineApiFactory.AdminToken);
        var before = await factory.DatabaseFingerprintAsync();
        var response = await admin.SendAsync(Post("/api/users", JsonContent.Create(new { name = new string('名', 40_000) })));
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "64 KB");
        Assert.Equal(before, await factory.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task The_biggest_legitimate_document_fits_its_limit()
    {
        // 20,000 paragraphs and just under 1 MB of text: over 2 MB of JSON with the field names.
        var paragraphs = Enumerable.Range(0, 20_000).Select(i => new { text = i % 10 == 0 ? $"{i / 10 + 1}.标题" : "正文段落正文段落正文段落。", outlineLevel = (int?)null, isListItem = false });
        var content = new StringContent(JsonSerializer.Serialize(new { paragraphs, styleId = "decimal" }, Unescaped), Encoding.UTF8, "application/json");
        Assert.True(content.Headers.ContentLength > 1024 * 1024);
        var response = await factory.CreateExpectContinueClient().SendAsync(Post("/api/outlines/renumber", content));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
