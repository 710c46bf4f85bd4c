using System.Text;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Tests.Outlines;
using OutlineAddin.WordDocuments;
using UglyToad.PdfPig;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>
/// Every built-in style in both numbering modes, exported as a .docx and read back by LibreOffice: as its plain
/// text, as the text of the PDF it lays out, and as a .docx it saves, which our parser must read as the same tree.
/// All documents go through soffice in one batch per format (starting soffice is most of a conversion's cost).
/// </summary>
[Collection(LibreOfficeTests.Name)]
public class LibreOfficeExportTests(LibreOffice libreOffice)
{
    /// <summary>
    /// Twelve first-level headings (十一、 and 十二、), twelve under the first ((十一)、(十二)), and from the first of
    /// those a chain of two siblings down to level 9, so that every level of every style is drawn.
    /// </summary>
    public static readonly IReadOnlyList<OutlineNode> Outline = Items("", 1, 12);

    private static List<OutlineNode> Items(string parent, int depth, int count) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var path = parent.Length == 0 ? $"{i}" : $"{parent}-{i}";
            IReadOnlyList<OutlineNode> children = i != 1 || depth == NumberingStyle.MaxLevels ? [] : Items(path, depth + 1, depth == 1 ? 12 : 2);
            return new OutlineNode($"标题{path}", children);
        }).ToList();

    public static TheoryData<string, ListNumbering> StylesAndModes()
    {
        var rows = new TheoryData<string, ListNumbering>();
        foreach (var style in BuiltInStyles.All)
        {
            foreach (var numbering in Enum.GetValues<ListNumbering>()) rows.Add(style.Id, numbering);
        }
        return rows;
    }

    /// <summary>The headings as OutlineRenderer writes them: what LibreOffice must show, marker and title.</summary>
    private static IReadOnlyList<string> ExpectedLines(string styleId) =>
        OutlineRenderer.Render(Outline, BuiltInStyles.Find(styleId)!.Levels, asAuthored: false).Select(line => WithoutSpaces(line.Text)).ToList();

    [LibreOfficeTheory]
    [MemberData(nameof(StylesAndModes))]
    public async Task LibreOffice_s_text_shows_every_heading_with_the_marker_the_renderer_gives(string styleId, ListNumbering numbering)
    {
        var batch = await Batch.OfAsync(libreOffice);
        var text = await File.ReadAllTextAsync(batch.Text[(styleId, numbering)], Encoding.UTF8);
        var lines = text.Split('\n').Select(WithoutSpaces).Where(line => line.Length > 0).ToList();
        Assert.Equal(ExpectedLines(styleId), lines);
    }

    [LibreOfficeTheory]
    [MemberData(nameof(StylesAndModes))]
    public async Task LibreOffice_s_pdf_draws_every_heading_with_its_marker_in_order(string styleId, ListNumbering numbering)
    {
        var batch = await Batch.OfAsync(libreOffice);
        using var pdf = PdfDocument.Open(batch.Pdf[(styleId, numbering)]);
        var drawn = WithoutSpaces(string.Concat(pdf.GetPages().Select(page => page.Text)));
        var at = 0;
        foreach (var line in ExpectedLines(styleId))
        {
            var found = drawn.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"“{line}” is not in the PDF after position {at}: …{drawn[at..Math.Min(drawn.Length, at + 80)]}…");
            at = found + line.Length;
        }
    }

    public static TheoryData<string> Styles() => [.. BuiltInStyles.All.Select(style => style.Id)];

    /// <summary>
    /// A Word list adds nothing of its own to the heading (no tab after the label, no hanging indent): LibreOffice lays
    /// every glyph of the list-numbered document on the line, and nearly at the place, of the text-numbered one's. Nearly:
    /// a label's glyph may come from another font than the same character typed in the text (LibreOffice draws the
    /// label ① 2 pt narrower), and Word's space after 第一章 is not quite the width of a typed one; a tab or a hanging
    /// indent would move the title by a tab stop (21 pt and more).
    /// </summary>
    [LibreOfficeTheory]
    [MemberData(nameof(Styles))]
    public async Task A_list_numbered_heading_is_laid_out_as_the_text_numbered_one(string styleId)
    {
        const double Tolerance = 3;
        var batch = await Batch.OfAsync(libreOffice);
        var text = Glyphs(batch.Pdf[(styleId, ListNumbering.Text)]);
        var list = Glyphs(batch.Pdf[(styleId, ListNumbering.List)]);
        Assert.Equal(text.Select(glyph => (glyph.Page, glyph.Value, glyph.Y)), list.Select(glyph => (glyph.Page, glyph.Value, glyph.Y)));
        var moved = text.Zip(list).Where(pair => Math.Abs(pair.First.X - pair.Second.X) > Tolerance).Select(pair => $"{pair.First} → x {pair.Second.X}");
        Assert.Empty(moved);

        static List<(int Page, string Value, double X, double Y)> Glyphs(string pdfPath)
        {
            using var pdf = PdfDocument.Open(pdfPath);
            return pdf.GetPages().SelectMany(page => page.Letters
                .Where(letter => !string.IsNullOrWhiteSpace(letter.Value))
                .Select(letter => (page.Number, letter.Value, Math.Round(letter.StartBaseLine.X, 1), Math.Round(letter.StartBaseLine.Y, 1)))).ToList();
        }
    }

    [LibreOfficeTheory]
    [MemberData(nameof(StylesAndModes))]
    public async Task Saved_again_by_LibreOffice_every_paragraph_keeps_its_text_heading_level_and_list_numbering(string styleId, ListNumbering numbering)
    {
        var batch = await Batch.OfAsync(libreOffice);
        var exported = ExportedParagraphs.Read(batch.Exported[(styleId, numbering)]);
        var saved = ExportedParagraphs.Read(await File.ReadAllBytesAsync(batch.Docx[(styleId, numbering)]));
        Assert.Equal(exported, saved);
        Assert.All(saved, paragraph => Assert.Equal(numbering == ListNumbering.List, paragraph.NumberedByWord));
    }

    [LibreOfficeTheory]
    [MemberData(nameof(StylesAndModes))]
    public async Task Saved_again_by_LibreOffice_the_document_reads_back_as_the_same_tree(string styleId, ListNumbering numbering)
    {
        var batch = await Batch.OfAsync(libreOffice);
        var parsed = OutlineParser.ParseDocument(ExportedParagraphs.Read(await File.ReadAllBytesAsync(batch.Docx[(styleId, numbering)])));
        Assert.True(parsed.Succeeded, parsed.Error);
        Assert.Equal(OutlineTreeText.Write(ExpectedTree(styleId, numbering)), OutlineTreeText.Write(parsed.Nodes));
    }

    /// <summary>
    /// The outline, as the parser reads a document of it: the same tree, except that in text mode a heading numbered
    /// a. (a) i. I. A. keeps that marker in its title. The engine reads Latin markers only in a Western outline, one
    /// whose first title is Latin too (OutlineAnalysis.IgnoreLatinMarkersOutsideALatinOutline: "III. Major Tasks" beside
    /// 三、主要任务, the options A. B. C. of a questionnaire); its heading style still gives the heading its level.
    /// </summary>
    private static IReadOnlyList<OutlineNode> ExpectedTree(string styleId, ListNumbering numbering)
    {
        var levels = BuiltInStyles.Find(styleId)!.Levels;
        var lines = new Queue<RenderedLine>(OutlineRenderer.Render(Outline, levels, asAuthored: false));
        return Read(Outline);

        List<OutlineNode> Read(IReadOnlyList<OutlineNode> nodes) => nodes.Select(node =>
        {
            var line = lines.Dequeue();
            var keepsMarker = numbering == ListNumbering.Text && levels[line.Level - 1].NumFmt is NumFmt.UpperLetter or NumFmt.LowerLetter or NumFmt.UpperRoman or NumFmt.LowerRoman;
            return new OutlineNode(keepsMarker ? line.Text : node.Title, Read(node.Children));
        }).ToList();
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Every style and mode exported once and converted once to each format, shared by the tests above.</summary>
    private sealed record Batch(
        IReadOnlyDictionary<(string, ListNumbering), byte[]> Exported,
        IReadOnlyDictionary<(string, ListNumbering), string> Text,
        IReadOnlyDictionary<(string, ListNumbering), string> Pdf,
        IReadOnlyDictionary<(string, ListNumbering), string> Docx)
    {
        private static Task<Batch>? made;

        // The collection runs its tests one at a time, so the batch is made once, by the first test that needs it.
        public static Task<Batch> OfAsync(LibreOffice libreOffice) => made ??= MakeAsync(libreOffice);

        private static async Task<Batch> MakeAsync(LibreOffice libreOffice)
        {
            var documents = StylesAndModes().Select(row => ((string)row[0], (ListNumbering)row[1])).ToList();
            var exported = documents.ToDictionary(document => document, document => WordPackages.Docx(new WordOutline(
                Outline, BuiltInStyles.Find(document.Item1)!.Levels, AsAuthored: false, document.Item2, new Typography(TypographyPreset.None))));
            var folder = libreOffice.Save(documents.Select(document => (FileName(document), exported[document])));
            var files = documents.Select(document => Path.Combine(folder, FileName(document))).ToList();
            var text = await libreOffice.ConvertAsync(files, LibreOffice.Text);
            var pdf = await libreOffice.ConvertAsync(files, LibreOffice.Pdf);
            var docx = await libreOffice.ConvertAsync(files, LibreOffice.Docx);
            return new Batch(exported, ByDocument(text), ByDocument(pdf), ByDocument(docx));

            IReadOnlyDictionary<(string, ListNumbering), string> ByDocument(IReadOnlyDictionary<string, string> converted) =>
                documents.ToDictionary(document => document, document => converted[Path.Combine(folder, FileName(document))]);
        }

        private static string FileName((string StyleId, ListNumbering Numbering) document) => $"{document.StyleId}-{document.Numbering}.docx".ToLowerInvariant();
    }
}
