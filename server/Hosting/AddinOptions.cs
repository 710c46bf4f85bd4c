namespace OutlineAddin.Hosting;

/// <summary>Configuration section "Addin": how Office reaches this server.</summary>
public sealed class AddinOptions
{
    public const string SectionName = "Addin";

    /// <summary>
    /// The https URL Office loads the add-in from (an origin, optionally with a path base), written into every URL of the
    /// served manifest. Needed behind a reverse proxy that changes scheme or host; without it, the manifest is served only
    /// to requests for this server's own hosts (AllowedHosts, or localhost).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public Uri? PublicBase => string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : new Uri(PublicBaseUrl.Trim(), UriKind.Absolute);

    /// <summary>Unset, or an absolute https URL: Office loads add-ins over https only (http only from this machine, for development).</summary>
    public static bool IsUsablePublicBaseUrl(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)));
}
