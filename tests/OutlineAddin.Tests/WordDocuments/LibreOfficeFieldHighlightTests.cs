using DocumentFormat.OpenXml.Wordprocessing;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>An unfilled field's highlight, as a program no one here wrote reads it: LibreOffice opens the .docx and saves it again.</summary>
[Collection(LibreOfficeTests.Name)]
public class LibreOfficeFieldHighlightTests(LibreOffice libreOffice)
{
    [LibreOfficeFact]
    public async Task Saved_again_by_LibreOffice_the_field_is_still_marked_and_the_rest_of_the_heading_is_not()
    {
        var outline = WordOutlines.Of(BuiltInStyles.Find("gongwen")!, ListNumbering.Text, WordOutlines.Typographies[2],
            [new OutlineNode("{单位}工作总结", [])]);
        var folder = libreOffice.Save([("fields.docx", WordPackages.Docx(outline))]);
        var saved = await libreOffice.ConvertAsync([Path.Combine(folder, "fields.docx")], LibreOffice.Docx);

        using var package = WordPackageReader.OpenDocx(await File.ReadAllBytesAsync(saved.Values.Single()));
        // LibreOffice writes a highlight back either as w:highlight or as yellow shading (its "export as shading" option).
        var marked = DocumentText.Paragraphs(package).SelectMany(paragraph => paragraph.Elements<Run>())
            .Select(run => (Text: string.Concat(run.Elements<Text>().Select(t => t.Text)), Marked: IsYellow(run.RunProperties)))
            .Where(run => run.Text.Length > 0)
            .GroupBy(run => run.Marked)
            .ToDictionary(group => group.Key, group => string.Concat(group.Select(run => run.Text)));
        Assert.Equal("{单位}", marked[true]);
        Assert.Equal("一、工作总结", marked[false]);
    }

    private static bool IsYellow(RunProperties? properties) =>
        properties?.Highlight?.Val?.Value == HighlightColorValues.Yellow
        || string.Equals(properties?.Shading?.Fill?.Value, "FFFF00", StringComparison.OrdinalIgnoreCase);
}
