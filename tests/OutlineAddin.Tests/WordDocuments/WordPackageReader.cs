using DocumentFormat.OpenXml.Packaging;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>Opens what <see cref="WordPackages"/> writes, for assertions on its parts.</summary>
public static class WordPackageReader
{
    public static WordprocessingDocument OpenFlatOpc(string flatOpc) => WordprocessingDocument.FromFlatOpcString(flatOpc);

    public static WordprocessingDocument OpenDocx(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
}
