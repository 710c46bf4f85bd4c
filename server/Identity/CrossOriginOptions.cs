namespace OutlineAddin.Identity;

/// <summary>Configuration section "Cors": the origins (scheme, host, port) whose pages may call the API from a browser.</summary>
public sealed class CrossOriginOptions
{
    public const string SectionName = "Cors";

    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>An origin has no path, query or trailing slash: a browser's Origin header never does, so such an entry would never match.</summary>
    public static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), value, StringComparison.OrdinalIgnoreCase);
}
