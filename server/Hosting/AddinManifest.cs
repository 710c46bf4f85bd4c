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

    /// <summary>The manifest with its URLs under <paramref name="publicBase"/> (an origin, optionally with a path base).</summary>
    public static string For(Uri publicBase)
    {
        if (!publicBase.IsAbsoluteUri || publicBase.Scheme is not ("https" or "http"))
            throw new ArgumentException($"The add-in's public base must be an absolute http(s) URL, not \"{publicBase}\".", nameof(publicBase));

        var origin = publicBase.GetLeftPart(UriPartial.Authority);
        var baseUrl = origin + publicBase.AbsolutePath.TrimEnd('/');

        // AppDomain takes an origin, never a path; every other URL keeps the path base.
        return DevelopmentXml
            .Replace($"<AppDomain>{DevelopmentOrigin}</AppDomain>", $"<AppDomain>{SecurityElement.Escape(origin)}</AppDomain>", StringComparison.Ordinal)
            .Replace(DevelopmentOrigin, SecurityElement.Escape(baseUrl), StringComparison.Ordinal);
    }

    private static string ReadTemplate()
    {
        using var stream = typeof(AddinManifest).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The server was built without its embedded {ResourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
