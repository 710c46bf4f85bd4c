using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlineAddin.Apis;
using OutlineAddin.Hosting;
using static OutlineAddin.Tests.Manifest.ManifestXml;

namespace OutlineAddin.Tests.Api;

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

    private const string PublicBaseUrlKey = "Addin:PublicBaseUrl";

    [Fact]
    public async Task Writes_the_manifest_with_the_scheme_and_host_of_the_request_for_a_host_in_AllowedHosts()
    {
        await using var server = factory.WithSettings(("AllowedHosts", "word-addin.example.cn"));
        var client = server.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://word-addin.example.cn:8443/") });

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
        await using var server = factory.WithSettings((PublicBaseUrlKey, "https://outline.example.cn/tigang"));

        var manifest = XDocument.Parse(await server.CreateClient().GetStringAsync("/addin/manifest.xml"));

        Assert.Equal("https://outline.example.cn/tigang/taskpane/index.html", Resource(manifest, "Taskpane.Url"));
        Assert.Equal("https://outline.example.cn", manifest.Descendants(Office + "AppDomain").Single().Value);
        Assert.DoesNotContain(AddinManifest.DevelopmentOrigin, manifest.ToString());
    }

    [Theory]
    [InlineData("https://word-addin.example.cn/")]
    [InlineData("http://attacker.example/")]
    public async Task Refuses_to_write_the_manifest_for_a_host_it_does_not_know_without_a_public_base_url(string address)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(address) });

        var response = await client.GetAsync("/addin/manifest.xml");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(PublicBaseUrlKey, body);
        Assert.DoesNotContain(new Uri(address).Host + "/taskpane", body);
    }

    [Theory]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://[::1]:5000/")]
    [InlineData("https://localhost:3000/")]
    public async Task Writes_the_manifest_for_this_machine_over_http_or_https(string address)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(address) });

        var manifest = XDocument.Parse(await client.GetStringAsync("/addin/manifest.xml"));

        Assert.Equal(address + "taskpane/index.html", Resource(manifest, "Taskpane.Url"));
    }

    [Fact]
    public async Task Refuses_to_write_http_urls_for_Office_on_another_host()
    {
        await using var server = factory.WithSettings(("AllowedHosts", "outline.example.cn"));
        var client = server.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://outline.example.cn/") });

        var response = await client.GetAsync("/addin/manifest.xml");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("https", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Names_the_Entra_ID_application_in_the_served_manifest_when_single_sign_on_is_configured()
    {
        const string clientId = "5661fed9-f33d-4e95-b6cf-624a34a2f51d";
        await using var server = factory.WithSettings(
            (PublicBaseUrlKey, "https://outline.example.cn/tigang"),
            ("Auth:Authority", "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0"), ("Auth:Audience", clientId), ("Auth:ClientId", clientId));

        var manifest = XDocument.Parse(await server.CreateClient().GetStringAsync("/addin/manifest.xml"));

        var info = manifest.Descendants(Overrides + "WebApplicationInfo").Single();
        Assert.Equal(clientId, info.Element(Overrides + "Id")!.Value);
        Assert.Equal($"api://outline.example.cn/{clientId}", info.Element(Overrides + "Resource")!.Value);
    }

    [Fact]
    public async Task Names_no_Entra_ID_application_when_only_tokens_of_a_provider_are_accepted()
    {
        await using var server = factory.WithSettings(("Auth:Authority", "https://login.example.test/tenant-1/v2.0"), ("Auth:Audience", "api://outline-addin"));

        var manifest = XDocument.Parse(await server.CreateClient().GetStringAsync("/addin/manifest.xml"));

        Assert.Empty(manifest.Descendants(Overrides + "WebApplicationInfo"));
    }

    [Fact]
    public async Task A_configured_public_base_url_is_written_whatever_host_the_request_names()
    {
        await using var server = factory.WithSettings((PublicBaseUrlKey, "https://outline.example.cn"));
        var client = server.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://attacker.example/") });

        var manifest = XDocument.Parse(await client.GetStringAsync("/addin/manifest.xml"));

        Assert.Equal("https://outline.example.cn/taskpane/index.html", Resource(manifest, "Taskpane.Url"));
    }

    [Fact]
    public async Task The_taskpane_page_and_the_function_file_load_Office_js_from_21Vianets_CDN_when_configured_for_China()
    {
        await using var server = factory.WithSettings(("Taskpane:OfficeJsCdn", "china"));
        var client = server.CreateClient();

        Assert.Contains($"<script src=\"{TaskpaneOptions.ChinaOfficeJsUrl}\"></script>", await client.GetStringAsync("/taskpane/"));
        Assert.Contains($"<script src=\"{TaskpaneOptions.ChinaOfficeJsUrl}\">", await client.GetStringAsync("/addin/commands.html"));
    }

    [Fact]
    public async Task The_taskpane_page_prefers_an_explicit_Office_js_url_over_the_CDN_choice_and_encodes_it()
    {
        await using var server = factory.WithSettings(("Taskpane:OfficeJsCdn", "china"), ("Taskpane:OfficeJsUrl", "https://intranet.example.cn/office/office.js?a=1&b=\"><script>alert(1)</script>"));

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
        var error = factory.StartRefusedWith(("Taskpane:OfficeJsCdn", "mars"));
        Assert.Contains("Taskpane:OfficeJsCdn", error.Message);
    }

    [Fact]
    public void Refuses_to_start_with_an_Office_js_url_that_is_not_absolute()
    {
        var error = factory.StartRefusedWith(("Taskpane:OfficeJsUrl", "office/office.js"));
        Assert.Contains("Taskpane:OfficeJsUrl", error.Message);
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
            await using var server = factory.WithSettings(("Taskpane:DistPath", dist.FullName));
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
        await using var server = factory.WithSettings(("Taskpane:DistPath", Path.Combine(Path.GetTempPath(), $"no-dist-{Guid.NewGuid():N}")));
        var client = server.CreateClient();

        var response = await client.GetAsync("/taskpane/index.html");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("npm run build", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Sends_the_taskpane_s_files_compressed_when_asked(string encoding)
    {
        await WithDistAsync(async client =>
        {
            foreach (var (path, file) in new[] { ("/taskpane/js/chunk-5HQ2ZR3M.js", "js/chunk-5HQ2ZR3M.js"), ("/taskpane/css/taskpane-MXLQ7B2A.css", "css/taskpane-MXLQ7B2A.css"), ("/taskpane/js/taskpane.js", "js/taskpane.js") })
            {
                var response = await client.SendAsync(Get(path, encoding));

                response.EnsureSuccessStatusCode();
                Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
                Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(DistFixture, file)), await DecompressAsync(response, encoding));
            }
            var page = await client.SendAsync(Get("/taskpane/", encoding));
            Assert.Equal([encoding], page.Content.Headers.ContentEncoding);
            Assert.Contains("提纲助手", System.Text.Encoding.UTF8.GetString(await DecompressAsync(page, encoding)));
        });
    }

    [Fact]
    public async Task Api_answers_are_never_compressed()
    {
        var response = await factory.CreateClient().SendAsync(Get("/api/templates", "br"));

        response.EnsureSuccessStatusCode();
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Content_hashed_files_are_cached_for_a_year_and_the_rest_revalidated()
    {
        await WithDistAsync(async client =>
        {
            foreach (var hashed in new[] { "/taskpane/js/chunk-5HQ2ZR3M.js", "/taskpane/css/taskpane-MXLQ7B2A.css" })
            {
                Assert.Equal(TaskpaneApi.ImmutableCacheControl, (await client.GetAsync(hashed)).Headers.CacheControl?.ToString());
            }
            foreach (var revalidated in new[] { "/taskpane/", "/taskpane/index.html", "/taskpane/js/taskpane.js", "/taskpane/assets/logo-big.svg" })
            {
                var response = await client.GetAsync(revalidated);
                response.EnsureSuccessStatusCode();
                Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
            }
        });
    }

    [Theory]
    [InlineData("chunk-5HQ2ZR3M.js", true)]
    [InlineData("chunk-5HQ2ZR3M.js.map", true)]
    [InlineData("taskpane-MXLQ7B2A.css", true)]
    [InlineData("taskpane.js", false)]
    [InlineData("x-20260101.png", false)] // a date: digits 0, 1, 8 and 9 are not in esbuild's base32
    [InlineData("logo-v1234567.svg", false)]
    [InlineData("chunk-5hq2zr3m.js", false)]
    public void Only_names_with_esbuild_s_base32_hash_are_cached_as_immutable(string fileName, bool immutable) =>
        Assert.Equal(immutable ? TaskpaneApi.ImmutableCacheControl : "no-cache", TaskpaneApi.CacheControlFor(fileName));

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_compressed_file_carries_a_weak_ETag_and_the_identity_one_the_strong_ETag(string encoding)
    {
        await WithDistAsync(async client =>
        {
            foreach (var path in new[] { "/taskpane/js/chunk-5HQ2ZR3M.js", "/taskpane/js/taskpane.js" })
            {
                var identity = await client.GetAsync(path);
                var compressed = await client.SendAsync(Get(path, encoding));

                Assert.Empty(identity.Content.Headers.ContentEncoding);
                Assert.False(identity.Headers.ETag!.IsWeak);
                Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
                Assert.True(compressed.Headers.ETag!.IsWeak, $"{path} sent {encoding} with ETag {compressed.Headers.ETag}");
                Assert.Equal(identity.Headers.ETag.Tag, compressed.Headers.ETag.Tag);

                // Revalidating the compressed copy: 304, with the weak ETag of what the cache holds.
                var revalidate = Get(path, encoding);
                revalidate.Headers.IfNoneMatch.Add(compressed.Headers.ETag);
                var notModified = await client.SendAsync(revalidate);
                Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
                Assert.Equal(compressed.Headers.ETag, notModified.Headers.ETag);
                // And the identity copy: 304 with the strong one.
                var identityRevalidate = new HttpRequestMessage(HttpMethod.Get, path);
                identityRevalidate.Headers.IfNoneMatch.Add(identity.Headers.ETag);
                var identityNotModified = await client.SendAsync(identityRevalidate);
                Assert.Equal(HttpStatusCode.NotModified, identityNotModified.StatusCode);
                Assert.Equal(identity.Headers.ETag, identityNotModified.Headers.ETag);
            }
        });
    }

    [Theory]
    [InlineData("Production", HttpStatusCode.NotFound)]
    [InlineData("Development", HttpStatusCode.OK)]
    public async Task Source_maps_are_served_in_Development_only(string environment, HttpStatusCode expected)
    {
        await WithDistAsync(async client =>
        {
            Assert.Equal(expected, (await client.GetAsync("/taskpane/js/chunk-5HQ2ZR3M.js.map")).StatusCode);
            Assert.Equal(expected, (await client.GetAsync("/taskpane/js/taskpane.js.map")).StatusCode);
        }, environment);
    }

    [Fact]
    public async Task Answers_favicon_ico_with_the_add_in_s_icon()
    {
        var response = await factory.CreateClient().GetAsync("/favicon.ico");

        response.EnsureSuccessStatusCode();
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        var icon = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0, 0, 1, 0], icon[..4]); // ICONDIR: reserved, type 1 (icon)
        Assert.True(BinaryPrimitives.ReadUInt16LittleEndian(icon.AsSpan(4)) >= 1);
    }

    private static readonly string DistFixture = CreateDistFixture();

    // A built taskpane as esbuild names its files: hashed chunks and stylesheet, the unhashed entry point, source maps.
    private static string CreateDistFixture()
    {
        var dist = Directory.CreateTempSubdirectory("outline-dist-hashed-").FullName;
        var script = string.Concat(Enumerable.Repeat("export const 提纲 = '提纲助手';\n", 200));
        var files = new Dictionary<string, string>
        {
            ["index.html"] = "<head><!--office-js--></head><p>提纲助手</p>" + new string(' ', 2000),
            ["js/taskpane.js"] = script,
            ["js/taskpane.js.map"] = "{\"version\":3}",
            ["js/chunk-5HQ2ZR3M.js"] = script + "// chunk",
            ["js/chunk-5HQ2ZR3M.js.map"] = "{\"version\":3}",
            ["css/taskpane-MXLQ7B2A.css"] = string.Concat(Enumerable.Repeat("body { color: #111; }\n", 100)),
            ["assets/logo-big.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
        };
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(dist, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return dist;
    }

    private async Task WithDistAsync(Func<HttpClient, Task> test, string environment = "Production")
    {
        await using var server = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Taskpane:DistPath", DistFixture);
            builder.UseEnvironment(environment);
        });
        await test(server.CreateClient());
    }

    private static HttpRequestMessage Get(string path, string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return request;
    }

    private static async Task<byte[]> DecompressAsync(HttpResponseMessage response, string encoding)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decompressing = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        await decompressing.CopyToAsync(bytes);
        return bytes.ToArray();
    }

    [GeneratedRegex("""(?:src|href)="(?<url>(?!https?:|//)[^"]+)""")]
    private static partial Regex LocalReferences();
}
