using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OutlineAddin.Hosting;

namespace OutlineAddin.Apis;

/// <summary>
/// Serves the Word taskpane: the built app (taskpane/dist) under /taskpane/ (<see cref="TaskpaneFiles"/>, for
/// UseStaticFiles in Program.cs), its index.html with the configured Office.js written into &lt;head&gt;, and a redirect
/// from / to the taskpane. Its files go out compressed (br, gzip); those with a content hash in their name are cached for good.
/// </summary>
public static partial class TaskpaneApi
{
    public const string BasePath = "/taskpane";

    /// <summary>For a file whose name carries a content hash: it never changes, a new build makes a new name.</summary>
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    /// <summary>Where taskpane/src/index.html asks for the Office.js script tag.</summary>
    public const string OfficeJsMarker = "<!--office-js-->";

    /// <summary>
    /// The Taskpane options, and compression for the taskpane's files, done as they are sent rather than written at build
    /// time: index.html is rewritten on each request (Office.js), the build stays the taskpane's own business, and the cost
    /// is small — the files are a few hundred KiB, the hashed ones are fetched once per webview, the rest mostly revalidate (304).
    /// </summary>
    public static WebApplicationBuilder AddTaskpane(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TaskpaneOptions>()
            .BindConfiguration(TaskpaneOptions.SectionName)
            .Validate(options => TaskpaneOptions.IsKnownCdn(options.OfficeJsCdn),
                "Taskpane:OfficeJsCdn must be \"global\" or \"china\" (21Vianet); to load Office.js from elsewhere, set Taskpane:OfficeJsUrl.")
            .Validate(options => TaskpaneOptions.IsUsableOfficeJsUrl(options.OfficeJsUrl),
                "Taskpane:OfficeJsUrl must be an absolute URL such as https://intranet.example.cn/office/office.js, or be left unset.")
            .ValidateOnStart();
        builder.Services
            .AddResponseCompression(options =>
            {
                // Safe over HTTPS here (BREACH needs a secret and attacker-chosen text in one response): these files
                // are the same for everyone. /api answers, which carry tokens' effects, never pass this middleware.
                options.EnableForHttps = true;
                options.Providers.Add<BrotliCompressionProvider>();
                options.Providers.Add<GzipCompressionProvider>();
                options.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "image/svg+xml"];
            })
            .Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal)
            .Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return builder;
    }

    /// <summary>Compresses what is sent below /taskpane (its files and index.html's endpoint), and nothing else.</summary>
    public static WebApplication UseTaskpaneCompression(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(BasePath), taskpane => taskpane.Use(WeakenETagWhenCompressed).UseResponseCompression());
        return app;
    }

    /// <summary>
    /// The built taskpane's files under /taskpane, for <c>UseStaticFiles</c>. Source maps show the sources: for developers
    /// only. A file type without a content type is not served (404).
    /// </summary>
    public static StaticFileOptions TaskpaneFiles(this WebApplication app)
    {
        var distPath = DistPath(app);
        var contentTypes = new FileExtensionContentTypeProvider();
        if (app.Environment.IsDevelopment()) contentTypes.Mappings[".map"] = "application/json";
        else contentTypes.Mappings.Remove(".map");
        return new StaticFileOptions
        {
            RequestPath = BasePath,
            FileProvider = Directory.Exists(distPath) ? new PhysicalFileProvider(distPath) : new NullFileProvider(),
            ContentTypeProvider = contentTypes,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = CacheControlFor(file.File.Name),
        };
    }

    /// <summary>/ redirects to the taskpane; its index.html is an endpoint, with the configured Office.js written into it.</summary>
    public static WebApplication MapTaskpane(this WebApplication app)
    {
        var officeJsUrl = app.Services.GetRequiredService<IOptions<TaskpaneOptions>>().Value.ResolveOfficeJsUrl();
        app.MapGet("/", () => Results.Redirect($"{BasePath}/")).ExcludeFromDescription();
        MapIndex(app, DistPath(app), officeJsUrl);
        return app;
    }

    private static string DistPath(WebApplication app) =>
        app.Services.GetRequiredService<IOptions<TaskpaneOptions>>().Value.ResolveDistPath(app.Environment.ContentRootPath);

    /// <summary>
    /// A compressed answer is not the bytes of the file its strong ETag names, so its ETag is made weak (<c>W/"…"</c>), as
    /// RFC 9110 §8.8.1 asks and nginx does: ASP.NET Core's response compression passes the file's strong ETag on unchanged
    /// (it drops Content-MD5 and Content-Length only). A 304 to a request that would have been answered compressed says so
    /// too, so that a cache keeps the ETag of what it holds. A weak tag must still revalidate (If-None-Match compares weakly,
    /// RFC 9110 §13.1.2), but the static file middleware compares strongly: the request's weak tags are made strong for it,
    /// which is the same comparison. (If-Match and If-Range compare strongly and are left alone.)
    /// </summary>
    private static Task WeakenETagWhenCompressed(HttpContext context, RequestDelegate next)
    {
        var ifNoneMatch = context.Request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0 && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags) && tags.Any(tag => tag.IsWeak))
        {
            context.Request.Headers.IfNoneMatch = string.Join(", ", tags.Select(tag => tag.IsWeak ? new EntityTagHeaderValue(tag.Tag).ToString() : tag.ToString()));
        }
        context.Response.OnStarting(() =>
        {
            var response = context.Response;
            var etag = response.Headers.ETag.ToString();
            if (etag.StartsWith('"') && (response.Headers.ContentEncoding.Count > 0 || (response.StatusCode == StatusCodes.Status304NotModified && WouldCompress(context))))
            {
                response.Headers.ETag = "W/" + etag;
            }
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool WouldCompress(HttpContext context)
    {
        var compression = context.RequestServices.GetRequiredService<IResponseCompressionProvider>();
        return compression.ShouldCompressResponse(context) && compression.GetCompressionProvider(context) is not null;
    }

    /// <summary>
    /// The page with <c>&lt;script src="officeJsUrl"&gt;</c> in its &lt;head&gt;, as Office requires: at the marker, else
    /// right before &lt;/head&gt;. The address is HTML-encoded, so no configured value can break out of the attribute.
    /// </summary>
    public static string WithOfficeJs(string page, string officeJsUrl)
    {
        var tag = $"<script src=\"{WebUtility.HtmlEncode(officeJsUrl)}\"></script>";
        if (page.Contains(OfficeJsMarker, StringComparison.Ordinal))
            return page.Replace(OfficeJsMarker, tag, StringComparison.Ordinal);
        var head = page.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head >= 0 ? page.Insert(head, tag) : tag + page;
    }

    private static void MapIndex(WebApplication app, string distPath, string officeJsUrl)
    {
        if (!Directory.Exists(distPath))
        {
            app.Logger.LogWarning("The taskpane is not built: {DistPath} does not exist. Run `npm ci && npm run build` in taskpane/, or set Taskpane:DistPath.", distPath);
            app.MapGet($"{BasePath}/{{**path}}", () => Results.Text(
                    $"提纲助手 taskpane is not built: {distPath} does not exist. Run `npm ci && npm run build` in taskpane/.",
                    statusCode: StatusCodes.Status503ServiceUnavailable))
                .ExcludeFromDescription();
            return;
        }

        // index.html through an endpoint (static files step aside for a matched endpoint): read on each request, so
        // that a rebuilt taskpane shows up, and with the configured Office.js written into it.
        var indexPath = Path.Combine(distPath, "index.html");
        async Task<IResult> Index(HttpRequest request, HttpResponse response)
        {
            // Routing takes /taskpane and /taskpane/ alike: the page's relative URLs need the slash. The query
            // (Office's _host_Info) goes along.
            if (!request.Path.Value!.EndsWith('/') && !request.Path.Value.EndsWith("index.html", StringComparison.Ordinal))
                return Results.Redirect($"{request.PathBase}{BasePath}/{request.QueryString}");
            if (!File.Exists(indexPath))
                return Results.NotFound();
            response.Headers.CacheControl = "no-cache";
            return Results.Text(WithOfficeJs(await File.ReadAllTextAsync(indexPath), officeJsUrl), "text/html; charset=utf-8");
        }
        string[] getOrHead = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods($"{BasePath}/", getOrHead, Index).ExcludeFromDescription();
        app.MapMethods($"{BasePath}/index.html", getOrHead, Index).ExcludeFromDescription();
    }

    /// <summary>
    /// Hashed files are cached for a year without asking; the rest (index.html, unhashed files) are revalidated on each
    /// use (ETag): Word's webview caches hard, and this is what makes a rebuilt taskpane show up on the next open.
    /// </summary>
    public static string CacheControlFor(string fileName) => ContentHashedName().IsMatch(fileName) ? ImmutableCacheControl : "no-cache";

    // esbuild's [name]-[hash]: 8 characters of its base32 alphabet (A–Z, 2–7) before the extension (chunk-5HQ2ZR3M.js,
    // taskpane-MXLQ7B2A.css, chunk-5HQ2ZR3M.js.map). Exactly that alphabet: a date (x-20260101.png) or a version is no
    // content hash, and a file cached as immutable by mistake cannot be replaced for a year.
    [GeneratedRegex("-[A-Z2-7]{8}(\\.[a-z0-9]+)+$")]
    private static partial Regex ContentHashedName();
}
