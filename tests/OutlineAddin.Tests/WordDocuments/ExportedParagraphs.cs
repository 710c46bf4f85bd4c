using DocumentFormat.OpenXml.Wordprocessing;
using OutlineAddin.Outlines;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>
/// A .docx's body paragraphs as the taskpane reads a document from Word: each one's text, the outline level its
/// paragraph style gives (1–9, through w:outlineLvl or the style's basedOn chain), and whether Word numbers it (a
/// list item, by its own w:numPr or its style's). Reads whatever wrote the file, LibreOffice included.
/// </summary>
internal static class ExportedParagraphs
{
    public static IReadOnlyList<SourceParagraph> Read(byte[] docx)
    {
        using var document = WordPackageReader.OpenDocx(docx);
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(style => style.StyleId?.Value is not null)
            .GroupBy(style => style.StyleId!.Value!)
            .ToDictionary(group => group.Key, group => group.First()) ?? [];

        return main.Document!.Body!.Elements<Paragraph>()
            .Where(paragraph => paragraph.InnerText.Length > 0)
            .Select(paragraph =>
            {
                var properties = paragraph.ParagraphProperties;
                var styleId = properties?.ParagraphStyleId?.Val?.Value;
                var outlineLevel = properties?.OutlineLevel?.Val?.Value ?? StyleChain(styles, styleId).Select(style => style.StyleParagraphProperties?.OutlineLevel?.Val?.Value).FirstOrDefault(level => level is not null);
                var numbered = properties?.NumberingProperties is { } own
                    ? own.NumberingId?.Val?.Value is not (null or 0)
                    : StyleChain(styles, styleId).Select(style => style.StyleParagraphProperties?.NumberingProperties).FirstOrDefault(numbering => numbering is not null) is { } inherited
                        && inherited.NumberingId?.Val?.Value is not (null or 0);
                // w:outlineLvl counts from 0 and 9 is body text.
                int? level = outlineLevel is int zeroBased && zeroBased < 9 ? zeroBased + 1 : null;
                return new SourceParagraph(paragraph.InnerText, level, numbered);
            })
            .ToList();
    }

    private static IEnumerable<Style> StyleChain(Dictionary<string, Style> styles, string? styleId)
    {
        var seen = new HashSet<string>();
        while (styleId is not null && seen.Add(styleId) && styles.TryGetValue(styleId, out var style))
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
