using System.Text;
using System.Xml;
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
/// The parts are written from their in-memory XML, never saved and read back, so a 5,000-heading package stays fast.
/// </remarks>
public static class FlatOpcPackage
{
    private const string Pkg = "http://schemas.microsoft.com/office/2006/xmlPackage";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";

    public static string Write(WordprocessingDocument package)
    {
        // Written by hand: an XmlWriter over a string would declare encoding="utf-16", which the text is not once sent.
        var text = new StringBuilder("<?xml version=\"1.0\" standalone=\"yes\"?>");
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            writer.WriteProcessingInstruction("mso-application", "progid=\"Word.Document\"");
            writer.WriteStartElement("pkg", "package", Pkg);
            WriteRelationships(writer, "/_rels/.rels", new Uri("/", UriKind.Relative), package.Parts);
            var written = new HashSet<Uri>();
            foreach (var pair in package.Parts) WritePart(writer, pair.OpenXmlPart, written);
            writer.WriteEndElement();
        }
        return text.ToString();
    }

    private static void WritePart(XmlWriter writer, OpenXmlPart part, HashSet<Uri> written)
    {
        if (!written.Add(part.Uri)) return;
        var children = part.Parts.ToList();
        if (children.Count > 0)
        {
            var name = part.Uri.OriginalString;
            var folder = name[..(name.LastIndexOf('/') + 1)];
            WriteRelationships(writer, $"{folder}_rels/{name[folder.Length..]}.rels", part.Uri, children);
        }
        var root = part.RootElement ?? throw new InvalidOperationException($"The part {part.Uri} has no XML.");
        StartPart(writer, part.Uri.OriginalString, part.ContentType);
        writer.WriteRaw(root.OuterXml);
        EndPart(writer);
        foreach (var child in children) WritePart(writer, child.OpenXmlPart, written);
    }

    private static void WriteRelationships(XmlWriter writer, string name, Uri source, IEnumerable<IdPartPair> targets)
    {
        StartPart(writer, name, RelationshipsContentType);
        writer.WriteStartElement("Relationships", Relationships);
        foreach (var pair in targets)
        {
            writer.WriteStartElement("Relationship", Relationships);
            writer.WriteAttributeString("Id", pair.RelationshipId);
            writer.WriteAttributeString("Type", pair.OpenXmlPart.RelationshipType);
            writer.WriteAttributeString("Target", RelativeTarget(source, pair.OpenXmlPart.Uri));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        EndPart(writer);
    }

    private static void StartPart(XmlWriter writer, string name, string contentType)
    {
        writer.WriteStartElement("pkg", "part", Pkg);
        writer.WriteAttributeString("pkg", "name", Pkg, name);
        writer.WriteAttributeString("pkg", "contentType", Pkg, contentType);
        writer.WriteStartElement("pkg", "xmlData", Pkg);
    }

    private static void EndPart(XmlWriter writer)
    {
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    // /word/document.xml → /word/styles.xml is "styles.xml"; the package root → /word/document.xml is "word/document.xml".
    private static string RelativeTarget(Uri source, Uri target)
    {
        var baseUri = new Uri("http://package");
        return new Uri(baseUri, source).MakeRelativeUri(new Uri(baseUri, target)).OriginalString;
    }
}
