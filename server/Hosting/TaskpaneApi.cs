using System.Text.Json;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace OutlineAddin.Hosting;

/// <summary>
/// Serves the Word taskpane: the built app (taskpane/dist) under /taskpane/, its generated /taskpane/config.js,
/// the add-in icons from wwwroot/assets, and a redirect from / to the taskpane.
/// </summary>
public static class TaskpaneApi
{
    public const string BasePath = "/taskpane";

    // Takes WebApplication, not IEndpointRouteBuilder: static files are middleware, not endpoints.
    public static WebApplication MapTaskpane(this WebApplication app)
    {
        var options = TaskpaneOptions.From(app.Configuration);
        var configScript = ConfigScript(options.ResolveOfficeJsUrl());

        app.MapGet($"{BasePath}/config.js", (HttpResponse response) =>
            {
                response.Headers.CacheControl = "no-cache";
                return Results.Text(configScript, "text/javascript; charset=utf-8");
            })
            .ExcludeFromDescription();
        app.MapGet("/", () => Results.Redirect($"{BasePath}/")).ExcludeFromDescription();

        app.UseStaticFiles(); // wwwroot: /assets/icon-*.png named in the manifest
        ServeDist(app, options.ResolveDistPath(app.Environment.ContentRootPath));
        return app;
    }

    /// <summary>The page reads <c>window.OUTLINE_CONFIG</c> before it loads Office.js.</summary>
    public static string ConfigScript(string officeJsUrl) =>
        $"window.OUTLINE_CONFIG = {JsonSerializer.Serialize(new { officeJsUrl })};\n";

    private static void ServeDist(WebApplication app, string distPath)
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

        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".map"] = "application/json";
        app.UseFileServer(new FileServerOptions
        {
            RequestPath = BasePath,
            FileProvider = new PhysicalFileProvider(distPath),
            StaticFileOptions =
            {
                ContentTypeProvider = contentTypes,
                // Word's webview caches hard; revalidating (ETag) makes a rebuilt taskpane show up on the next open.
                OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
            },
        });
    }
}
