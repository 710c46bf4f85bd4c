namespace OutlineAddin.Hosting;

/// <summary>
/// GET /addin/manifest.xml: the manifest for wherever this server runs, to sideload or to deploy through the
/// Microsoft 365 admin center. Its URLs come from configuration Addin:PublicBaseUrl when set (needed behind a
/// reverse proxy that changes scheme or host), else from the request's own scheme, host and path base.
/// </summary>
public static class AddinManifestApi
{
    public const string PublicBaseUrlKey = "Addin:PublicBaseUrl";

    public static IEndpointRouteBuilder MapAddinManifest(this IEndpointRouteBuilder app)
    {
        var configuration = app.ServiceProvider.GetRequiredService<IConfiguration>();
        var configuredBase = ConfiguredPublicBase(configuration);
        var commandsPage = CommandsPage(TaskpaneOptions.From(configuration).ResolveOfficeJsUrl());

        app.MapGet("/addin/manifest.xml", (HttpRequest request) =>
            {
                var publicBase = configuredBase ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}");
                return Results.Text(AddinManifest.For(publicBase), "application/xml; charset=utf-8");
            })
            .ExcludeFromDescription();

        // The manifest's FunctionFile: the schema requires one though no button runs a function.
        app.MapGet("/addin/commands.html", () => Results.Text(commandsPage, "text/html; charset=utf-8"))
            .ExcludeFromDescription();
        return app;
    }

    private static Uri? ConfiguredPublicBase(IConfiguration configuration)
    {
        var value = configuration[PublicBaseUrlKey];
        if (string.IsNullOrWhiteSpace(value))
            return null;

        // Checked at startup: a typo here would otherwise only show up as an add-in that Word cannot load.
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new InvalidOperationException($"{PublicBaseUrlKey} must be an absolute http(s) URL such as https://outline.example.cn, not \"{value}\".");
        return uri;
    }

    private static string CommandsPage(string officeJsUrl) => $$"""
        <!doctype html>
        <html lang="zh-CN">
        <head>
          <meta charset="utf-8">
          <title>提纲助手</title>
          <script src="{{System.Net.WebUtility.HtmlEncode(officeJsUrl)}}"></script>
          <script>Office.onReady(function () {});</script>
        </head>
        <body></body>
        </html>
        """;
}
