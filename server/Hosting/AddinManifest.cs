using System.Security;

namespace OutlineAddin.Hosting;

/// <summary>
/// The add-in manifest. addin-manifest/manifest.xml is the only copy: sideloaded as it is for development, and
/// embedded in the server (see the csproj) as the template that a deployment's manifest is written from.
/// </summary>
public static class AddinManifest
{
    /// <summary>Every URL in the development manifest starts with this, and nothing else in it does.</summary>
    public const string DevelopmentOrigin = "https://localhost:3000";

    private const string ResourceName = "OutlineAddin.addin-manifest.manifest.xml";

    private static readonly Lazy<string> Template = new(ReadTemplate);

    public static string DevelopmentXml => Template.Value;

    /// <summary>Where WebApplicationInfo goes: it must be the last child of VersionOverrides (learn.microsoft.com/javascript/api/manifest/webapplicationinfo).</summary>
    private const string VersionOverridesEnd = "  </VersionOverrides>";

    /// <summary>
    /// The manifest with its URLs under <paramref name="publicBase"/> (an origin, optionally with a path base), and, with
    /// <paramref name="singleSignOnClientId"/>, the Entra ID application that Office single sign-on asks tokens for.
    /// </summary>
    public static string For(Uri publicBase, Guid? singleSignOnClientId = null)
    {
        if (!publicBase.IsAbsoluteUri || publicBase.Scheme is not ("https" or "http"))
            throw new ArgumentException($"The add-in's public base must be an absolute http(s) URL, not \"{publicBase}\".", nameof(publicBase));

        var origin = publicBase.GetLeftPart(UriPartial.Authority);
        var baseUrl = origin + publicBase.AbsolutePath.TrimEnd('/');

        // AppDomain takes an origin, never a path; every other URL keeps the path base.
        var manifest = DevelopmentXml
            .Replace($"<AppDomain>{DevelopmentOrigin}</AppDomain>", $"<AppDomain>{SecurityElement.Escape(origin)}</AppDomain>", StringComparison.Ordinal)
            .Replace(DevelopmentOrigin, SecurityElement.Escape(baseUrl), StringComparison.Ordinal);
        return singleSignOnClientId is { } clientId ? WithWebApplicationInfo(manifest, publicBase, clientId) : manifest;
    }

    /// <summary>
    /// The Application ID URI Office asks Entra ID for: api://, the add-in's host (with its port, if any, and no path) as
    /// in the manifest's other URLs, then the client id. Office refuses any other domain with error 13004
    /// (learn.microsoft.com/office/dev/add-ins/develop/troubleshoot-sso-in-office-add-ins#13004).
    /// </summary>
    public static string ApplicationIdUri(Uri publicBase, Guid clientId) => $"api://{publicBase.Authority}/{clientId}";

    // openid and profile are the scopes single sign-on always needs, and all this add-in asks for: it calls no Microsoft Graph.
    private static string WithWebApplicationInfo(string manifest, Uri publicBase, Guid clientId)
    {
        var end = manifest.IndexOf(VersionOverridesEnd, StringComparison.Ordinal);
        if (end < 0 || manifest.IndexOf(VersionOverridesEnd, end + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException("The embedded manifest must close exactly one VersionOverrides, indented by two spaces, for WebApplicationInfo to go last in it.");
        var webApplicationInfo = $"""
                <WebApplicationInfo>
                  <Id>{clientId}</Id>
                  <Resource>{SecurityElement.Escape(ApplicationIdUri(publicBase, clientId))}</Resource>
                  <Scopes>
                    <Scope>openid</Scope>
                    <Scope>profile</Scope>
                  </Scopes>
                </WebApplicationInfo>

            """;
        return manifest.Insert(end, webApplicationInfo);
    }

    private static string ReadTemplate()
    {
        using var stream = typeof(AddinManifest).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The server was built without its embedded {ResourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
