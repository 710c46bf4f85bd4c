using System.Xml.Linq;

namespace OutlineAddin.Tests.Manifest;

/// <summary>The namespaces and look-ups the manifest tests share.</summary>
internal static class ManifestXml
{
    public static readonly XNamespace Office = "http://schemas.microsoft.com/office/appforoffice/1.1";
    public static readonly XNamespace Overrides = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
    public static readonly XNamespace BasicTypes = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static string? XsiType(this XElement element) => (string?)element.Attribute(Xsi + "type");

    /// <summary>Every absolute URL the manifest names: attribute values and AppDomain texts.</summary>
    public static IReadOnlyList<string> Urls(XDocument manifest) =>
        manifest.Descendants().Attributes().Select(attribute => attribute.Value)
            .Concat(manifest.Descendants(Office + "AppDomain").Select(domain => domain.Value))
            .Where(value => value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal))
            .Where(value => !value.StartsWith("http://schemas.microsoft.com/", StringComparison.Ordinal)
                            && !value.StartsWith("http://www.w3.org/", StringComparison.Ordinal))
            .Distinct()
            .ToList();

    /// <summary>The DefaultValue of the resource (bt:Image, bt:Url or bt:String) with this id.</summary>
    public static string Resource(XDocument manifest, string id) =>
        (string)manifest.Descendants(Overrides + "Resources").Descendants()
            .Single(resource => (string?)resource.Attribute("id") == id)
            .Attribute("DefaultValue")!;
}
