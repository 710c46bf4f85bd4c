using System.Net.Http.Json;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Tests.Api;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>
/// The 公文 page of GB/T 9704-2012 §5.2 as LibreOffice lays out an export from the real endpoints: A4, the text block
/// 156 × 225 mm at 37 mm from the top and 28 mm from the left, 22 lines a page.
/// </summary>
[Collection(LibreOfficeTests.Name)]
public class LibreOfficeGongwenPageTests(LibreOffice libreOffice, OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    private const double PointsPerMm = 72 / 25.4;
    private const double A4Width = 210 * PointsPerMm;
    private const double A4Height = 297 * PointsPerMm;
    private const double Left = 28 * PointsPerMm;
    private const double Right = (28 + 156) * PointsPerMm;
    private const double Top = 37 * PointsPerMm;
    private const double Bottom = (37 + 225) * PointsPerMm;

    /// <summary>The exact line pitch: 579 twips, the 225 mm block shared by 22 lines and rounded down.</summary>
    private const double LinePitch = 579 / 20.0;

    private const double Tolerance = 0.5;

    /// <summary>Thirty first-level headings: more than a page holds.</summary>
    private static readonly OutlineNode[] Long = [.. Enumerable.Range(1, 30).Select(i => new OutlineNode($"第{i}项工作", []))];

    public static TheoryData<string> Exports => ["template", "outline"];

    [LibreOfficeTheory]
    [MemberData(nameof(Exports))]
    public async Task Every_page_is_A4_with_the_text_inside_GB_T_9704_s_text_block(string export)
    {
        using var pdf = PdfDocument.Open((await PdfsAsync())[export]);
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(A4Width, page.Width, Tolerance);
            Assert.Equal(A4Height, page.Height, Tolerance);
            foreach (var letter in Inked(page))
            {
                var fromTop = page.Height - letter.StartBaseLine.Y;
                Assert.True(letter.StartBaseLine.X >= Left - Tolerance && letter.EndBaseLine.X <= Right + Tolerance,
                    $"“{letter.Value}” on page {page.Number} runs from x {letter.StartBaseLine.X:F1} to {letter.EndBaseLine.X:F1} pt, outside {Left:F1}–{Right:F1}.");
                Assert.True(fromTop > Top && fromTop <= Bottom + Tolerance,
                    $"“{letter.Value}” on page {page.Number} stands on a line {fromTop:F1} pt from the top, outside {Top:F1}–{Bottom:F1}.");
            }
        }
    }

    [LibreOfficeFact]
    public async Task A_full_page_holds_22_lines_one_pitch_apart()
    {
        using var pdf = PdfDocument.Open((await PdfsAsync())["outline"]);
        var baselines = Inked(pdf.GetPage(1)).Select(letter => Math.Round(letter.StartBaseLine.Y, 1)).Distinct().OrderDescending().ToList();
        Assert.Equal(22, baselines.Count);
        Assert.All(baselines.Zip(baselines.Skip(1), (upper, lower) => upper - lower), gap => Assert.Equal(LinePitch, gap, 0.2));
    }

    [LibreOfficeFact]
    public async Task The_template_s_headings_are_drawn_in_order_with_Word_s_list_labels()
    {
        var template = await factory.CreateClient().GetFromJsonAsync<TemplateOutline>("/api/templates/builtin-01", OutlineAddin.Data.StoredJson.Options);
        var expected = OutlineRenderer.Render(template!.Nodes, BuiltInStyles.Gongwen.Levels, asAuthored: false);
        using var pdf = PdfDocument.Open((await PdfsAsync())["template"]);
        var drawn = string.Concat(pdf.GetPages().SelectMany(Inked).Select(letter => letter.Value));
        var at = 0;
        foreach (var line in expected.Select(line => string.Concat(line.Text.Where(c => !char.IsWhiteSpace(c)))))
        {
            var found = drawn.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"“{line}” is not drawn after position {at}.");
            at = found + line.Length;
        }
    }

    private sealed record TemplateOutline(IReadOnlyList<OutlineNode> Nodes);

    private static IEnumerable<Letter> Inked(Page page) => page.Letters.Where(letter => !string.IsNullOrWhiteSpace(letter.Value));

    private static Task<Dictionary<string, string>>? pdfs;

    // Both documents through soffice in one call, once for the class (the collection runs one test at a time).
    private Task<Dictionary<string, string>> PdfsAsync() => pdfs ??= MakePdfsAsync();

    private async Task<Dictionary<string, string>> MakePdfsAsync()
    {
        var client = factory.CreateClient();
        var template = await client.GetAsync("/api/templates/builtin-01/docx?styleId=gongwen&numbering=list&typography=gongwen");
        template.EnsureSuccessStatusCode();
        var outline = await client.PostAsJsonAsync("/api/outlines/docx",
            new { nodes = Long, styleId = "gongwen", numbering = "text", typography = new { preset = "gongwen" } }, OutlineAddin.Data.StoredJson.Options);
        outline.EnsureSuccessStatusCode();
        var folder = libreOffice.Save([("template.docx", await template.Content.ReadAsByteArrayAsync()), ("outline.docx", await outline.Content.ReadAsByteArrayAsync())]);
        var converted = await libreOffice.ConvertAsync([Path.Combine(folder, "template.docx"), Path.Combine(folder, "outline.docx")], LibreOffice.Pdf);
        return new Dictionary<string, string>
        {
            ["template"] = converted[Path.Combine(folder, "template.docx")],
            ["outline"] = converted[Path.Combine(folder, "outline.docx")],
        };
    }
}
