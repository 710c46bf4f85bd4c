using System.Xml.Linq;
using OutlineAddin.Numbering;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>The insertOoxml package is written the way Word writes "Word XML Document" and the insertOoxml guide's samples.</summary>
public class FlatOpcPackageTests
{
    private static readonly XNamespace Pkg = "http://schemas.microsoft.com/office/2006/xmlPackage";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static string Package(ListNumbering numbering) =>
        WordPackages.FlatOpc(WordOutlines.Of(BuiltInStyles.Gongwen, numbering, new Typography(TypographyPreset.Gongwen)));

    [Fact]
    public void It_opens_with_the_declaration_and_the_word_processing_instruction()
    {
        Assert.StartsWith(
            "<?xml version=\"1.0\" standalone=\"yes\"?><?mso-application progid=\"Word.Document\"?><pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">",
            Package(ListNumbering.List),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ListNumbering.List, new[] { "/_rels/.rels", "/word/_rels/document.xml.rels", "/word/document.xml", "/word/fontTable.xml", "/word/numbering.xml", "/word/styles.xml" })]
    [InlineData(ListNumbering.Text, new[] { "/_rels/.rels", "/word/_rels/document.xml.rels", "/word/document.xml", "/word/fontTable.xml", "/word/styles.xml" })]
    public void It_holds_the_relationships_document_styles_fonts_and_numbering_where_used(ListNumbering numbering, string[] parts)
    {
        var package = XDocument.Parse(Package(numbering));
        Assert.Equal(parts, package.Root!.Elements(Pkg + "part").Select(part => (string)part.Attribute(Pkg + "name")!).Order(StringComparer.Ordinal));
        Assert.All(package.Root.Elements(Pkg + "part"), part => Assert.NotNull(part.Element(Pkg + "xmlData")?.Elements().SingleOrDefault()));
    }

    [Fact]
    public void Relationship_targets_are_relative_to_their_source_and_nothing_is_indented()
    {
        var text = Package(ListNumbering.List);
        var targets = XDocument.Parse(text).Descendants(Relationships + "Relationship").Select(relationship => (string)relationship.Attribute("Target")!);
        Assert.Equal(["fontTable.xml", "numbering.xml", "styles.xml", "word/document.xml"], targets.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
    }
}
