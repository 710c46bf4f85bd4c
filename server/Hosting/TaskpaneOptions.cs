namespace OutlineAddin.Hosting;

/// <summary>Configuration section "Taskpane": where the built taskpane is and which Office.js it loads.</summary>
public sealed class TaskpaneOptions
{
    public const string SectionName = "Taskpane";

    public const string GlobalOfficeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

    /// <summary>Microsoft 365 operated by 21Vianet serves Office.js from its own CDN.</summary>
    public const string ChinaOfficeJsUrl = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";

    /// <summary>The output of <c>npm run build</c> in taskpane/; a relative path is taken from the content root (server/).</summary>
    public string DistPath { get; set; } = Path.Combine("..", "taskpane", "dist");

    /// <summary>"global" (Microsoft's CDN) or "china" (21Vianet's).</summary>
    public string OfficeJsCdn { get; set; } = "global";

    /// <summary>An explicit Office.js address, such as a copy on the intranet; wins over <see cref="OfficeJsCdn"/>.</summary>
    public string? OfficeJsUrl { get; set; }

    public string ResolveDistPath(string contentRoot) => Path.GetFullPath(DistPath, contentRoot);

    /// <summary>The CDN names <see cref="OfficeJsCdn"/> takes; blank is "global".</summary>
    public static bool IsKnownCdn(string cdn) => cdn.Trim().ToLowerInvariant() is "" or "global" or "china";

    /// <summary>An explicit address must be absolute: the taskpane page and the manifest's function file load it as is.</summary>
    public static bool IsUsableOfficeJsUrl(string? url) =>
        string.IsNullOrWhiteSpace(url) || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http");

    public string ResolveOfficeJsUrl()
    {
        if (!string.IsNullOrWhiteSpace(OfficeJsUrl))
            return OfficeJsUrl.Trim();
        return OfficeJsCdn.Trim().Equals("china", StringComparison.OrdinalIgnoreCase) ? ChinaOfficeJsUrl : GlobalOfficeJsUrl;
    }
}
