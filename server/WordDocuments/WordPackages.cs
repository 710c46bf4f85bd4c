using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace OutlineAddin.WordDocuments;

/// <summary>An outline as Word packages: a fragment for <c>Range.insertOoxml</c>, or a whole .docx.</summary>
public static class WordPackages
{
    /// <summary>The <c>pkg:package</c> XML <c>Range.insertOoxml</c> takes, with fresh list ids on every call.</summary>
    public static string FlatOpc(WordOutline outline) => FlatOpc(outline, Random.Shared);

    public static string FlatOpc(WordOutline outline, Random random)
    {
        using var stream = new MemoryStream();
        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        WordPackageBuilder.Write(package, outline, random, wholeDocument: false);
        package.Save();
        return FlatOpcPackage.Write(package);
    }

    /// <summary>A whole .docx, with the page set up when the preset says so.</summary>
    public static byte[] Docx(WordOutline outline) => Docx(outline, Random.Shared);

    public static byte[] Docx(WordOutline outline, Random random) => WordPackageBuilder.ToBytes(outline, random, wholeDocument: true);
}
