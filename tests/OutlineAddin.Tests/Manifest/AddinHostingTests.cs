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

/// <summary>The running server as Word sees it: the manifest it writes, every URL in it, the taskpane and its config.js.</summary>
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
        Assert.Contains("config.js", references);
        foreach (var reference in references)
        {
            var response = await client.GetAsync(new Uri(new Uri(client.BaseAddress!, "/taskpane/index.html"), reference));
            Assert.True(response.IsSuccessStatusCode, $"{reference} answered {(int)response.StatusCode}");
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
    public async Task Config_js_loads_Office_js_from_Microsofts_CDN_by_default()
    {
        var response = await factory.CreateClient().GetAsync("/taskpane/config.js");

        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"window.OUTLINE_CONFIG = {{\"officeJsUrl\":\"{TaskpaneOptions.GlobalOfficeJsUrl}\"}};\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Config_js_and_the_function_file_load_Office_js_from_21Vianets_CDN_when_configured_for_China()
    {
        await using var server = WithSettings(("Taskpane:OfficeJsCdn", "china"));
        var client = server.CreateClient();

        Assert.Contains($"\"officeJsUrl\":\"{TaskpaneOptions.ChinaOfficeJsUrl}\"", await client.GetStringAsync("/taskpane/config.js"));
        Assert.Contains($"<script src=\"{TaskpaneOptions.ChinaOfficeJsUrl}\">", await client.GetStringAsync("/addin/commands.html"));
    }

    [Fact]
    public async Task Config_js_prefers_an_explicit_Office_js_url_over_the_CDN_choice()
    {
        await using var server = WithSettings(("Taskpane:OfficeJsCdn", "china"), ("Taskpane:OfficeJsUrl", "https://intranet.example.cn/office/office.js"));

        Assert.Contains("\"officeJsUrl\":\"https://intranet.example.cn/office/office.js\"", await server.CreateClient().GetStringAsync("/taskpane/config.js"));
    }

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
            await File.WriteAllTextAsync(Path.Combine(dist.FullName, "index.html"), "<p>提纲助手</p>");
            await using var server = WithSettings(("Taskpane:DistPath", dist.FullName));
            var client = server.CreateClient();

            var response = await client.GetAsync("/taskpane/");

            response.EnsureSuccessStatusCode();
            Assert.Equal("<p>提纲助手</p>", await response.Content.ReadAsStringAsync());
            Assert.True(response.Headers.CacheControl?.NoCache);
            Assert.Equal("/taskpane/", (await client.GetAsync("/taskpane")).RequestMessage?.RequestUri?.AbsolutePath);
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
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/taskpane/config.js")).StatusCode);
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
