using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OutlineAddin.Hosting;
using OutlineAddin.Identity;

namespace OutlineAddin.Apis;

/// <summary>
/// GET /addin/manifest.xml: the manifest for wherever this server runs, to sideload or to deploy through the
/// Microsoft 365 admin center. Its URLs come from Addin:PublicBaseUrl when set (needed behind a reverse proxy that
/// changes scheme or host), else from the request's own scheme, host and path base — but only for a host this server
/// knows to be its own (AllowedHosts, or localhost): the Host header is the caller's to choose, and a manifest pointing
/// Word at any other host would load someone else's code.
/// </summary>
public static class AddinManifestApi
{
    /// <summary>The page Office loads for the add-in's commands (the manifest's Commands.Url).</summary>
    public const string CommandsPath = "/addin/commands.html";

    public static WebApplicationBuilder AddAddinManifest(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AddinOptions>()
            .BindConfiguration(AddinOptions.SectionName)
            .Validate(options => AddinOptions.IsUsablePublicBaseUrl(options.PublicBaseUrl),
                "Addin:PublicBaseUrl must be an absolute https URL such as https://outline.example.cn (a path base may follow), or be left unset: Office loads add-ins over https only (http only from localhost).")
            .ValidateOnStart();
        return builder;
    }

    public static IEndpointRouteBuilder MapAddinManifest(this IEndpointRouteBuilder app)
    {
        var officeJsUrl = app.ServiceProvider.GetRequiredService<IOptions<TaskpaneOptions>>().Value.ResolveOfficeJsUrl();
        var commandsPage = CommandsPage(officeJsUrl);

        app.MapGet("/addin/manifest.xml", GetManifest).ExcludeFromDescription();

        // The manifest's FunctionFile: the schema requires one though no button runs a function. It is served under the
        // taskpane's Content-Security-Policy (SecurityHeaders), which runs no inline script: its own is wwwroot/addin/commands.js.
        app.MapGet(CommandsPath, () => TypedResults.Text(commandsPage, "text/html; charset=utf-8"))
            .ExcludeFromDescription();
        return app;
    }

    public static Results<ContentHttpResult, ProblemHttpResult> GetManifest(
        HttpRequest request, IOptions<AddinOptions> addin, IOptions<HostFilteringOptions> hostFiltering, IOptions<AuthOptions> auth)
    {
        var publicBase = addin.Value.PublicBase;
        if (publicBase is null)
        {
            var requested = Uri.TryCreate($"{request.Scheme}://{request.Host}{request.PathBase}", UriKind.Absolute, out var uri) ? uri : null;
            if (requested is null || (!requested.IsLoopback && !IsAllowedHost(request.Host, hostFiltering.Value.AllowedHosts)))
            {
                return TypedResults.Problem(
                    $"未配置 Addin:PublicBaseUrl，服务器不会为“{request.Host.Host}”生成清单：请求中的主机名可以被任意指定。"
                    + "请在服务器配置中设置 Addin:PublicBaseUrl（例如 https://outline.example.cn），或在 AllowedHosts 中列出本服务器的主机名。",
                    statusCode: StatusCodes.Status400BadRequest, title: "未知的主机名");
            }
            publicBase = requested;
        }
        if (publicBase.Scheme != Uri.UriSchemeHttps && !publicBase.IsLoopback)
        {
            return TypedResults.Problem(
                $"Office 只从 https 地址加载加载项，而这份清单的地址是 {publicBase.GetLeftPart(UriPartial.Authority)}。"
                + "请通过 https 访问本服务器，或把 Addin:PublicBaseUrl 设为 https 地址（例如 https://outline.example.cn）。",
                statusCode: StatusCodes.Status400BadRequest, title: "清单需要 https 地址");
        }
        // With Auth:ClientId, the manifest names the Entra ID application for Office single sign-on (the README's registration steps).
        var singleSignOnClientId = auth.Value.OffersSingleSignOn ? auth.Value.SingleSignOnClientId : null;
        return TypedResults.Text(AddinManifest.For(publicBase, singleSignOnClientId), "application/xml; charset=utf-8");
    }

    // "*" (the default) trusts every Host header, so it vouches for none.
    private static bool IsAllowedHost(HostString host, IList<string>? allowedHosts) =>
        allowedHosts is { Count: > 0 } && !allowedHosts.Contains("*")
        && HostString.MatchesAny(host.Host, allowedHosts.Select(pattern => new StringSegment(pattern)).ToList());

    private static string CommandsPage(string officeJsUrl) => $$"""
        <!doctype html>
        <html lang="zh-CN">
        <head>
          <meta charset="utf-8">
          <title>提纲助手</title>
          <script src="{{WebUtility.HtmlEncode(officeJsUrl)}}"></script>
          <script src="commands.js"></script>
        </head>
        <body></body>
        </html>
        """;
}
