using Microsoft.Extensions.Options;
using OutlineAddin.Apis;
using OutlineAddin.Hosting;

namespace OutlineAddin.Http;

/// <summary>
/// Headers that keep a browser from doing more with our answers than we mean: a Content-Security-Policy for every
/// answer (the taskpane's, also the add-in's commands page's, Swagger UI's, and "nothing at all" for the API's JSON), <c>X-Content-Type-Options: nosniff</c>,
/// a <c>Referrer-Policy</c>, and no <c>Server</c> header naming the software.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Where Word may show the taskpane in a frame: Word on the web (Microsoft 365 and 21Vianet's). Word on Windows and Mac
    /// open it at the top of a webview, where frame-ancestors has no say. Microsoft publishes no list for add-ins
    /// (OfficeDev/office-js#1005 and office-js-docs-pr#4911 ask for one); these are the hosts Office on the web is
    /// served from: *.officeapps.live.com (the Word app frame), *.office.com and *.microsoft365.com and
    /// *.cloud.microsoft (the portals), *.sharepoint.com (documents opened from SharePoint/OneDrive for Business,
    /// office-js-docs-pr#4911), onedrive.live.com, and for 21Vianet *.officeapps.partner.office365.cn and *.sharepoint.cn.
    /// </summary>
    public static readonly string[] OfficeFrameAncestors =
    [
        "https://*.officeapps.live.com", "https://*.office.com", "https://*.microsoft365.com", "https://*.cloud.microsoft",
        "https://*.sharepoint.com", "https://onedrive.live.com",
        "https://*.officeapps.partner.office365.cn", "https://*.sharepoint.cn",
    ];

    /// <summary>JSON, XML, icons: nothing in them may run, load or be framed.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Swagger UI's own page: its scripts and styles from this server, the icons it inlines as data: URLs.</summary>
    public const string SwaggerPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        // Takes effect only where Kestrel runs (not under the test host): it is tested against the real server.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    /// <summary>First in the pipeline; the headers are set as the answer starts, so error pages carry them too.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var taskpanePolicy = TaskpanePolicy(app.Services.GetRequiredService<IOptions<TaskpaneOptions>>().Value.ResolveOfficeJsUrl());
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var path = context.Request.Path;
                // The commands page is Office's as the taskpane is: Office.js, its own script, framed by Office on the web.
                headers.ContentSecurityPolicy = path.StartsWithSegments(TaskpaneApi.BasePath) || path.Equals(AddinManifestApi.CommandsPath, StringComparison.OrdinalIgnoreCase) ? taskpanePolicy
                    : path.StartsWithSegments("/swagger") ? SwaggerPolicy
                    : ApiPolicy;
                headers.XContentTypeOptions = "nosniff";
                // The taskpane's URL carries Office's _host_Info; no other site needs to see where a request came from.
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// The taskpane's policy. Scripts: this server's, and Office.js's origin (the global or 21Vianet CDN, or an intranet
    /// copy) — Office.js loads the rest of itself from the folder it came from (word-web-16.00.js, the locale strings,
    /// its telemetry script: office.debug.js builds these from its own base path), and talks to Word by postMessage or the
    /// webview's bridge, which CSP does not govern. Its telemetry's posts to *.pipe.aria.microsoft.com are refused on
    /// purpose (connect-src): nothing but this server is called. Styles: the built CSS file; Fluent UI's components
    /// use constructed stylesheets (adoptedStyleSheets), and the app and Office.js set element.style through CSSOM,
    /// neither of which CSP counts as inline. The API is this server (window.OUTLINE_CONFIG.apiBase would need an
    /// inline script, which this policy refuses anyway). The answer to OfficeDev/office-js#1005 ("Document required CSP
    /// values") lists appsforoffice.microsoft.com and, for old Office.js versions, ajax.aspnetcdn.com's MicrosoftAjax.js,
    /// which the current Office.js loads for no host (requiresMsAjax is always false).
    /// </summary>
    public static string TaskpanePolicy(string officeJsUrl)
    {
        var officeJsOrigin = new Uri(officeJsUrl).GetLeftPart(UriPartial.Authority);
        return $"default-src 'none'; script-src 'self' {officeJsOrigin}; style-src 'self'; img-src 'self'; font-src 'self'; " +
            $"connect-src 'self'; frame-ancestors 'self' {string.Join(' ', OfficeFrameAncestors)}; base-uri 'none'; form-action 'none'";
    }
}
