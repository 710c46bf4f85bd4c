using System.Net;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace OutlineAddin.Hosting;

/// <summary>
/// Serves the Word taskpane: the built app (taskpane/dist) under /taskpane/, its index.html with the configured
/// Office.js written into &lt;head&gt;, the add-in icons from wwwroot/assets, and a redirect from / to the taskpane.
/// </summary>
public static class TaskpaneApi
{
    public const string BasePath = "/taskpane";

    /// <summary>Where taskpane/src/index.html asks for the Office.js script tag.</summary>
    public const string OfficeJsMarker = "<!--office-js-->";

    // Takes WebApplication, not IEndpointRouteBuilder: static files are middleware, not endpoints.
    public static WebApplication MapTaskpane(this WebApplication app)
    {
        var options = TaskpaneOptions.From(app.Configuration);
        var officeJsUrl = options.ResolveOfficeJsUrl();

        app.MapGet("/", () => Results.Redirect($"{BasePath}/")).ExcludeFromDescription();

        app.UseStaticFiles(); // wwwroot: /assets/icon-*.png named in the manifest
        ServeDist(app, options.ResolveDistPath(app.Environment.ContentRootPath), officeJsUrl);
        return app;
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

    private static void ServeDist(WebApplication app, string distPath, string officeJsUrl)
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

        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".map"] = "application/json";
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = BasePath,
            FileProvider = new PhysicalFileProvider(distPath),
            ContentTypeProvider = contentTypes,
            // Word's webview caches hard; revalidating (ETag) makes a rebuilt taskpane show up on the next open.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
