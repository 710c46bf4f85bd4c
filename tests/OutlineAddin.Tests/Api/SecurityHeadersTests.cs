using OutlineAddin.Hosting;
using OutlineAddin.Http;

namespace OutlineAddin.Tests.Api;

/// <summary>Every answer tells the browser what it may do with it; the taskpane may run Office.js's CDN and this server only.</summary>
public class SecurityHeadersTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    [Theory]
    [InlineData("/taskpane/")]
    [InlineData("/api/numbering-styles")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/swagger/index.html")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_answer_carries_a_policy_nosniff_and_a_referrer_policy(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.NotEmpty(Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task The_taskpane_may_load_scripts_from_this_server_and_Office_js_origin_only_and_be_framed_by_Office_only()
    {
        var policy = Directives(Header(await factory.CreateClient().GetAsync("/taskpane/"), "Content-Security-Policy"));

        Assert.Equal("'none'", policy["default-src"]);
        Assert.Equal("'self' https://appsforoffice.microsoft.com", policy["script-src"]);
        Assert.Equal("'self'", policy["connect-src"]);
        Assert.Equal("'self'", policy["style-src"]);
        Assert.StartsWith("'self' https://*.officeapps.live.com", policy["frame-ancestors"], StringComparison.Ordinal);
        Assert.Contains("https://*.officeapps.partner.office365.cn", policy["frame-ancestors"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("china", null, "https://appsforoffice.cdn.partner.office365.cn")]
    [InlineData("global", "https://intranet.example.cn:8443/office/office.js", "https://intranet.example.cn:8443")]
    public async Task The_taskpane_policy_follows_the_configured_Office_js(string cdn, string? url, string origin)
    {
        await using var server = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Taskpane:OfficeJsCdn", cdn);
            if (url is not null) builder.UseSetting("Taskpane:OfficeJsUrl", url);
        });

        var policy = Directives(Header(await server.CreateClient().GetAsync("/taskpane/"), "Content-Security-Policy"));

        Assert.Equal($"'self' {origin}", policy["script-src"]);
    }

    [Fact]
    public async Task Api_answers_may_not_run_load_or_be_framed()
    {
        var response = await factory.CreateClient().GetAsync("/api/numbering-styles");

        Assert.Equal(SecurityHeaders.ApiPolicy, Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public void The_taskpane_policy_is_built_from_the_origin_of_the_Office_js_address()
    {
        var policy = Directives(SecurityHeaders.TaskpanePolicy(TaskpaneOptions.GlobalOfficeJsUrl));

        Assert.Equal("'self' https://appsforoffice.microsoft.com", policy["script-src"]);
    }

    [Fact]
    public async Task The_commands_page_runs_under_the_taskpane_policy_with_no_inline_script()
    {
        var client = factory.CreateClient();
        var page = await client.GetAsync("/addin/commands.html");

        var policy = Directives(Header(page, "Content-Security-Policy"));
        Assert.Equal("'self' https://appsforoffice.microsoft.com", policy["script-src"]);
        Assert.StartsWith("'self' https://*.officeapps.live.com", policy["frame-ancestors"], StringComparison.Ordinal);
        // The policy has no 'unsafe-inline': every script of the page is a file, from Office's CDN or this server.
        var scripts = System.Text.RegularExpressions.Regex.Matches(await page.Content.ReadAsStringAsync(), "<script([^>]*)>([^<]*)</script>");
        Assert.Equal(2, scripts.Count);
        Assert.All(scripts, script => Assert.Contains("src=", script.Groups[1].Value, StringComparison.Ordinal));
        Assert.All(scripts, script => Assert.Equal("", script.Groups[2].Value.Trim()));

        var own = await client.GetAsync("/addin/commands.js");
        Assert.Equal(System.Net.HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Office.onReady", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/numbering-styles")]
    [InlineData("/taskpane/")]
    [InlineData("/no-such-thing")]
    public async Task A_host_not_in_AllowedHosts_is_refused_with_a_problem_and_the_usual_headers(string path)
    {
        await using var server = factory.WithSettings(("AllowedHosts", "outline.example.cn"));
        var foreign = server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://attacker.example/") });

        var response = await foreign.GetAsync(path);

        var problem = await response.AssertProblemAsync(System.Net.HttpStatusCode.BadRequest, "attacker.example");
        Assert.Equal(HostRefusal.Title, problem.GetProperty("title").GetString());
        Assert.NotEmpty(Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));

        var own = server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://outline.example.cn/") });
        Assert.Equal(System.Net.HttpStatusCode.OK, (await own.GetAsync("/api/numbering-styles")).StatusCode);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri} has no {name} header.");

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "");
}
