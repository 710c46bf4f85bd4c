using System.Buffers.Binary;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlineAddin.Hosting;
using OutlineAddin.Tests.Api;
using static OutlineAddin.Tests.Manifest.ManifestXml;

namespace OutlineAddin.Tests.Manifest;

/// <summary>The running server as Word sees it: the manifest it writes, every URL in it, the taskpane and the Office.js it loads.</summary>
public partial class AddinHostingTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    [Fact]
    public async Task Every_url_in_the_served_manifest_answers_200()
    {
        var client = factory.CreateClient();
        var manifest = XDocument.Parse(await client.GetStringAsync("/addin/manifest.xml"));

        var urls = Urls(manifest);
        Assert.Contains(urls, url => url.EndsWith("/taskpane/index.html", StringComparison.Ordinal));
        foreach (var url in urls)
        {
            Assert.StartsWith(client.BaseAddress!.GetLeftPart(UriPartial.Authority), url);
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task Serves_each_icon_as_a_png_of_the_size_the_manifest_declares()
    {
        var client = factory.CreateClient();
        foreach (var size in new[] { 16, 32, 64, 80 })
        {
            var response = await client.GetAsync($"/assets/icon-{size}.png");
            response.EnsureSuccessStatusCode();
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            var png = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal((size, size), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        }
    }

    [Fact]
    public async Task The_taskpane_page_loads_its_scripts_and_styles_from_the_server()
    {
        var client = factory.CreateClient();
        var page = await client.GetStringAsync("/taskpane/index.html");

        var references = LocalReferences().Matches(page).Select(match => match.Groups["url"].Value).ToList();
        Assert.Contains(references, reference => reference.StartsWith("js/taskpane-", StringComparison.Ordinal));
        foreach (var reference in references)
        {
            var response = await client.GetAsync(new Uri(new Uri(client.BaseAddress!, "/taskpane/index.html"), reference));
            Assert.True(response.IsSuccessStatusCode, $"{reference} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_taskpane_page_references_Office_js_in_its_head_before_the_app()
    {
        var client = factory.CreateClient();

        foreach (var path in new[] { "/taskpane/", "/taskpane/index.html" })
        {
            var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.CacheControl?.NoCache, $"{path} is revalidated");
            var page = await response.Content.ReadAsStringAsync();
            var head = page[..page.IndexOf("</head>", StringComparison.Ordinal)];
            var officeJs = head.IndexOf($"<script src=\"{TaskpaneOptions.GlobalOfficeJsUrl}\"></script>", StringComparison.Ordinal);
            Assert.True(officeJs >= 0, $"{path}: no Office.js in <head>:\n{head}");
            Assert.True(officeJs < head.IndexOf("js/taskpane-", StringComparison.Ordinal), "Office.js comes before the app");
            Assert.DoesNotContain(TaskpaneApi.OfficeJsMarker, page);
        }
    }

    [Fact]
    public async Task Writes_the_manifest_with_the_scheme_and_host_of_the_request()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://word-addin.example.cn:8443/") });

        var response = await client.GetAsync("/addin/manifest.xml");

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var manifest = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.All(Urls(manifest), url => Assert.StartsWith("https://word-addin.example.cn:8443/", url + "/"));
        Assert.Equal("https://word-addin.example.cn:8443/taskpane/index.html", Resource(manifest, "Taskpane.Url"));
    }

    [Fact]
    public async Task Writes_the_manifest_with_the_configured_public_base_url_behind_a_proxy()
    {
        await using var server = WithSettings((AddinManifestApi.PublicBaseUrlKey, "https://outline.example.cn/tigang"));

        var manifest = XDocument.Parse(await server.CreateClient().GetStringAsync("/addin/manifest.xml"));

        Assert.Equal("https://outline.example.cn/tigang/taskpane/index.html", Resource(manifest, "Taskpane.Url"));
        Assert.Equal("https://outline.example.cn", manifest.Descendants(Office + "AppDomain").Single().Value);
        Assert.DoesNotContain(AddinManifest.DevelopmentOrigin, manifest.ToString());
    }

    [Fact]
    public void Refuses_to_start_with_a_public_base_url_that_is_not_absolute()
    {
        using var server = WithSettings((AddinManifestApi.PublicBaseUrlKey, "outline.example.cn"));

        var error = Assert.Throws<InvalidOperationException>(() => server.CreateClient());
        Assert.Contains(AddinManifestApi.PublicBaseUrlKey, error.Message);
    }

    [Fact]
    public async Task The_taskpane_page_and_the_function_file_load_Office_js_from_21Vianets_CDN_when_configured_for_China()
    {
        await using var server = WithSettings(("Taskpane:OfficeJsCdn", "china"));
        var client = server.CreateClient();

        Assert.Contains($"<script src=\"{TaskpaneOptions.ChinaOfficeJsUrl}\"></script>", await client.GetStringAsync("/taskpane/"));
        Assert.Contains($"<script src=\"{TaskpaneOptions.ChinaOfficeJsUrl}\">", await client.GetStringAsync("/addin/commands.html"));
    }

    [Fact]
    public async Task The_taskpane_page_prefers_an_explicit_Office_js_url_over_the_CDN_choice_and_encodes_it()
    {
        await using var server = WithSettings(("Taskpane:OfficeJsCdn", "china"), ("Taskpane:OfficeJsUrl", "https://intranet.example.cn/office/office.js?a=1&b=\"><script>alert(1)</script>"));

        var page = await server.CreateClient().GetStringAsync("/taskpane/index.html");

        Assert.Contains("<script src=\"https://intranet.example.cn/office/office.js?a=1&amp;b=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"></script>", page);
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.DoesNotContain(TaskpaneOptions.ChinaOfficeJsUrl, page);
    }

    [Theory]
    [InlineData("<html><head><!--office-js--><script defer src=\"js/taskpane.js\"></script></head></html>", "<html><head><script src=\"https://cdn.example/office.js\"></script><script defer src=\"js/taskpane.js\"></script></head></html>")]
    [InlineData("<html><HEAD><title>t</title></HEAD></html>", "<html><HEAD><title>t</title><script src=\"https://cdn.example/office.js\"></script></HEAD></html>")]
    public void Writes_Office_js_at_the_marker_else_at_the_end_of_the_head(string page, string expected) =>
        Assert.Equal(expected, TaskpaneApi.WithOfficeJs(page, "https://cdn.example/office.js"));

    [Fact]
    public void Refuses_to_start_with_an_unknown_Office_js_CDN()
    {
        using var server = WithSettings(("Taskpane:OfficeJsCdn", "mars"));

        var error = Assert.Throws<InvalidOperationException>(() => server.CreateClient());
        Assert.Contains("Taskpane:OfficeJsCdn", error.Message);
    }

    [Fact]
    public async Task Redirects_the_root_to_the_taskpane()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/taskpane/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Serves_the_taskpane_folder_with_index_html_as_default_page_and_asks_Word_to_revalidate()
    {
        var dist = Directory.CreateTempSubdirectory("outline-dist-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dist.FullName, "index.html"), "<head><!--office-js--></head><p>提纲助手</p>");
            await File.WriteAllTextAsync(Path.Combine(dist.FullName, "app.js"), "void 0;");
            await using var server = WithSettings(("Taskpane:DistPath", dist.FullName));
            var client = server.CreateClient();

            var response = await client.GetAsync("/taskpane/");

            response.EnsureSuccessStatusCode();
            Assert.Equal($"<head><script src=\"{TaskpaneOptions.GlobalOfficeJsUrl}\"></script></head><p>提纲助手</p>", await response.Content.ReadAsStringAsync());
            Assert.True(response.Headers.CacheControl?.NoCache);
            var script = await client.GetAsync("/taskpane/app.js");
            Assert.Equal("void 0;", await script.Content.ReadAsStringAsync());
            Assert.True(script.Headers.CacheControl?.NoCache);
            // Office opens the taskpane with its host information in the query: a redirect keeps it.
            var redirected = await client.GetAsync("/taskpane?_host_Info=Word$Win32$16.01$zh-CN");
            Assert.Equal("/taskpane/", redirected.RequestMessage?.RequestUri?.AbsolutePath);
            Assert.Equal("?_host_Info=Word$Win32$16.01$zh-CN", redirected.RequestMessage?.RequestUri?.Query);
        }
        finally
        {
            dist.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Says_how_to_build_the_taskpane_when_it_is_missing()
    {
        await using var server = WithSettings(("Taskpane:DistPath", Path.Combine(Path.GetTempPath(), $"no-dist-{Guid.NewGuid():N}")));
        var client = server.CreateClient();

        var response = await client.GetAsync("/taskpane/index.html");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("npm run build", await response.Content.ReadAsStringAsync());
    }

    private WebApplicationFactory<Program> WithSettings(params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        });

    [GeneratedRegex("""(?:src|href)="(?<url>(?!https?:|//)[^"]+)""")]
    private static partial Regex LocalReferences();
}
