using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace OutlineAddin.WordDocuments;

/// <summary>
/// A package as one XML document in the flat-OPC form <c>Range.insertOoxml</c> takes: the <c>pkg:package</c> Word writes
/// for "Word XML Document", as in the insertOoxml guide ("Create better add-ins for Word with Office Open XML").
/// </summary>
/// <remarks>
/// The SDK's own <c>ToFlatOpcString</c> gives the same parts but indents every part's XML and writes absolute relationship
/// targets (<c>/word/styles.xml</c>). Word's own files and the guide's samples use targets relative to the source part and
/// no indentation; this writes them that way, which also keeps the text Word on the web receives in one request small.
/// </remarks>
public static class FlatOpcPackage
{
    public static readonly XNamespace Pkg = "http://schemas.microsoft.com/office/2006/xmlPackage";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";

    public static string Write(WordprocessingDocument package)
    {
        var root = new XElement(Pkg + "package", new XAttribute(XNamespace.Xmlns + "pkg", Pkg.NamespaceName));
        root.Add(RelationshipsPart("/_rels/.rels", new Uri("/", UriKind.Relative), package.Parts));
        var written = new HashSet<Uri>();
        foreach (var pair in package.Parts) AddPart(root, pair.OpenXmlPart, written);
        return "<?xml version=\"1.0\" standalone=\"yes\"?><?mso-application progid=\"Word.Document\"?>"
            + root.ToString(SaveOptions.DisableFormatting);
    }

    private static void AddPart(XElement root, OpenXmlPart part, HashSet<Uri> written)
    {
        if (!written.Add(part.Uri)) return;
        var children = part.Parts.ToList();
        if (children.Count > 0)
        {
            var folder = part.Uri.OriginalString[..(part.Uri.OriginalString.LastIndexOf('/') + 1)];
            var fileName = part.Uri.OriginalString[folder.Length..];
            root.Add(RelationshipsPart($"{folder}_rels/{fileName}.rels", part.Uri, children));
        }
        using (var stream = part.GetStream(FileMode.Open, FileAccess.Read))
        {
            root.Add(Part(part.Uri.OriginalString, part.ContentType, XElement.Load(stream)));
        }
        foreach (var child in children) AddPart(root, child.OpenXmlPart, written);
    }

    private static XElement RelationshipsPart(string name, Uri source, IEnumerable<IdPartPair> targets) => Part(
        name,
        RelationshipsContentType,
        new XElement(Relationships + "Relationships", targets.Select(pair => new XElement(
            Relationships + "Relationship",
            new XAttribute("Id", pair.RelationshipId),
            new XAttribute("Type", pair.OpenXmlPart.RelationshipType),
            new XAttribute("Target", RelativeTarget(source, pair.OpenXmlPart.Uri))))));

    private static XElement Part(string name, string contentType, XElement xml) => new(
        Pkg + "part",
        new XAttribute(Pkg + "name", name),
        new XAttribute(Pkg + "contentType", contentType),
        new XElement(Pkg + "xmlData", xml));

    // /word/document.xml → /word/styles.xml is "styles.xml"; the package root → /word/document.xml is "word/document.xml".
    private static string RelativeTarget(Uri source, Uri target)
    {
        var baseUri = new Uri("http://package");
        return new Uri(baseUri, source).MakeRelativeUri(new Uri(baseUri, target)).OriginalString;
    }
}
