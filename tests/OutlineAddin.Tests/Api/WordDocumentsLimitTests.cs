using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OutlineAddin.Http;
using static OutlineAddin.Tests.Api.HttpAssertions;

namespace OutlineAddin.Tests.Api;

/// <summary>The Word document endpoints are held to the outline endpoints' limits: body size, per-client and shared slots.</summary>
public class WordDocumentsLimitTests(TightLimitsApiFactory factory) : IClassFixture<TightLimitsApiFactory>
{
    public static TheoryData<string, string> Routes => new()
    {
        { "POST", "/api/outlines/ooxml" },
        { "POST", "/api/outlines/docx" },
        { "GET", "/api/templates/builtin-01/docx" },
    };

    private static HttpRequestMessage Request(string method, string route) => new(new HttpMethod(method), route)
    {
        Content = method == "POST" ? JsonContent.Create(new { nodes = Array.Empty<object>(), styleId = "gongwen" }) : null,
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task When_every_shared_slot_is_working_a_word_document_waits_its_turn_as_503(string method, string route)
    {
        var slots = factory.Services.GetRequiredService<OutlineWorkSlots>();
        using (var first = await slots.AcquireAsync())
        using (var second = await slots.AcquireAsync())
        {
            var refused = await factory.CreateClient().SendAsync(Request(method, route));
            await refused.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "服务器");
            Assert.Equal(TimeSpan.FromSeconds(3), refused.Headers.RetryAfter?.Delta);
        }
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().SendAsync(Request(method, route))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void A_word_document_endpoint_has_render_s_per_client_limit_and_body_limit(string method, string route)
    {
        var render = Endpoint("POST", "/api/outlines/render");
        var endpoint = Endpoint(method, route);
        Assert.Equal(render.Metadata.GetMetadata<EnableRateLimitingAttribute>()!.PolicyName, endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName);
        if (method == "POST")
        {
            Assert.Equal(RequestBodyLimits.Outline, endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize);
        }
    }

    private RouteEndpoint Endpoint(string method, string route)
    {
        var template = route.Replace("builtin-01", "{id}", StringComparison.Ordinal);
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Single(endpoint =>
            "/" + endpoint.RoutePattern.RawText?.TrimStart('/') == template
            && endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method) == true);
    }
}

public class WordDocumentsBodyLimitTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    [Theory]
    [InlineData("/api/outlines/ooxml")]
    [InlineData("/api/outlines/docx")]
    public async Task A_body_over_the_outline_limit_is_a_413_naming_it(string route)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, route)
        {
            Content = Json($$"""{ "nodes": [ { "title": "{{new string('a', 5 * 1024 * 1024)}}", "children": [] } ], "styleId": "gongwen" }"""),
        };
        request.Headers.ExpectContinue = true;
        await (await factory.CreateExpectContinueClient().SendAsync(request)).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "4 MB");
    }
}
