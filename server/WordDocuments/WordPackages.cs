using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace OutlineAddin.WordDocuments;

/// <summary>An outline as Word packages: a fragment for <c>Range.insertOoxml</c>, or a whole .docx.</summary>
public static class WordPackages
{
    /// <summary>The <c>pkg:package</c> XML <c>Range.insertOoxml</c> takes, with fresh list ids on every call.</summary>
    /// <remarks>
    /// Inserted into a document that already has Heading 1–9 and Normal, the document's definitions win (fonts, spacing);
    /// the package's numbering wins, since every heading carries its own <c>w:numPr</c> (see <see cref="HeadingStyles"/>).
    /// The package ends with the last heading: no empty paragraph, no section properties, so the host's page is kept.
    /// </remarks>
    public static string FlatOpc(WordOutline outline) => FlatOpc(outline, Random.Shared);

    public static string FlatOpc(WordOutline outline, Random random)
    {
        using var stream = new MemoryStream();
        // Nothing is saved: the flat form is written from the parts in memory.
        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: false);
        WordPackageBuilder.Write(package, outline, random, wholeDocument: false);
        return FlatOpcPackage.Write(package);
    }

    /// <summary>A whole .docx, with the page set up when the preset says so.</summary>
    public static byte[] Docx(WordOutline outline) => Docx(outline, Random.Shared);

    public static byte[] Docx(WordOutline outline, Random random)
    {
        using var stream = new MemoryStream();
        // Disposed before the bytes are read: disposing is what saves the parts into the stream.
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            WordPackageBuilder.Write(package, outline, random, wholeDocument: true);
        }
        return stream.ToArray();
    }
}
