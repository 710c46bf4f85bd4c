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

    [LibreOfficeTheory]
    [MemberData(nameof(StylesAndModes))]
    public async Task Saved_again_by_LibreOffice_the_document_reads_back_as_the_same_tree(string styleId, ListNumbering numbering)
    {
        var batch = await Batch.OfAsync(libreOffice);
        var paragraphs = ExportedParagraphs.Read(await File.ReadAllBytesAsync(batch.Docx[(styleId, numbering)]));
        Assert.All(paragraphs, paragraph => Assert.Equal(numbering == ListNumbering.List, paragraph.NumberedByWord));
        var parsed = OutlineParser.ParseDocument(paragraphs);
        Assert.True(parsed.Succeeded, parsed.Error);
        Assert.Equal(OutlineTreeText.Write(Outline), OutlineTreeText.Write(parsed.Nodes));
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Every style and mode exported once and converted once to each format, shared by the tests above.</summary>
    private sealed record Batch(
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
            var folder = libreOffice.Save(documents.Select(document => (FileName(document), WordPackages.Docx(new WordOutline(
                Outline, BuiltInStyles.Find(document.Item1)!.Levels, AsAuthored: false, document.Item2, new Typography(TypographyPreset.None))))));
            var files = documents.Select(document => Path.Combine(folder, FileName(document))).ToList();
            var text = await libreOffice.ConvertAsync(files, LibreOffice.Text);
            var pdf = await libreOffice.ConvertAsync(files, LibreOffice.Pdf);
            var docx = await libreOffice.ConvertAsync(files, LibreOffice.Docx);
            return new Batch(ByDocument(text), ByDocument(pdf), ByDocument(docx));

            IReadOnlyDictionary<(string, ListNumbering), string> ByDocument(IReadOnlyDictionary<string, string> converted) =>
                documents.ToDictionary(document => document, document => converted[Path.Combine(folder, FileName(document))]);
        }

        private static string FileName((string StyleId, ListNumbering Numbering) document) => $"{document.StyleId}-{document.Numbering}.docx".ToLowerInvariant();
    }
}
