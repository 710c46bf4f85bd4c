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

    public static TaskpaneOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<TaskpaneOptions>() ?? new TaskpaneOptions();

    public string ResolveDistPath(string contentRoot) => Path.GetFullPath(DistPath, contentRoot);

    public string ResolveOfficeJsUrl()
    {
        if (!string.IsNullOrWhiteSpace(OfficeJsUrl))
            return OfficeJsUrl.Trim();

        return OfficeJsCdn.Trim().ToLowerInvariant() switch
        {
            "global" or "" => GlobalOfficeJsUrl,
            "china" => ChinaOfficeJsUrl,
            _ => throw new InvalidOperationException(
                $"Taskpane:OfficeJsCdn is \"{OfficeJsCdn}\"; use \"global\" or \"china\", or give Taskpane:OfficeJsUrl."),
        };
    }
}
