using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordNumbering = DocumentFormat.OpenXml.Wordprocessing.Numbering;

namespace OutlineAddin.WordDocuments;

/// <summary>Writes an outline into a new WordprocessingML package: document, styles, and numbering and fonts where used.</summary>
public static class WordPackageBuilder
{
    /// <param name="wholeDocument">True for a .docx (with its page); false for a fragment to insert into a document.</param>
    public static void Write(WordprocessingDocument package, WordOutline outline, Random random, bool wholeDocument)
    {
        var main = package.AddMainDocumentPart();
        var body = new Body();
        int? numId = null;
        if (outline.Numbering == ListNumbering.List)
        {
            var ids = ListIds.Draw(random);
            var (definition, instance) = ListDefinition.Build(outline.Levels, ids, () => LevelIndent(outline.Typography));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new WordNumbering(definition, instance);
            numId = ids.NumId;
        }
        body.Append(OutlineBody.Paragraphs(outline, numId));
        if (wholeDocument) body.Append(PageSetup.Build(outline.Typography));
        main.Document = new Document(body);
        main.AddNewPart<StyleDefinitionsPart>().Styles = HeadingStyles.Build(outline.Typography);
        if (outline.Typography.Preset == TypographyPreset.Gongwen) main.AddNewPart<FontTablePart>().Fonts = FontTable.Gongwen();
    }

    /// <summary>The indent a list label's paragraph takes: none from the list itself, the preset's first line where it has one.</summary>
    private static Indentation LevelIndent(Typography typography) => typography.Preset == TypographyPreset.Gongwen
        ? GongwenFormatting.Indent()
        : new Indentation { Left = "0", Hanging = "0" };
}
