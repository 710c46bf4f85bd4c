using DocumentFormat.OpenXml.Wordprocessing;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>A field left unfilled in a heading is written as a run of its own, highlighted yellow; the rest of the text is not.</summary>
public class FieldHighlightTests
{
    private static readonly IReadOnlyList<OutlineNode> Outline =
    [
        new("{单位}{年份}年工作总结", [new("主要做法：{部门}牵头", []), new("已填写的标题", [])]),
        new("下一步{ 不是字段 }打算", []),
    ];

    public static TheoryData<ListNumbering, int> Combinations()
    {
        var data = new TheoryData<ListNumbering, int>();
        foreach (var numbering in Enum.GetValues<ListNumbering>())
        {
            for (var typography = 0; typography < WordOutlines.Typographies.Length; typography++) data.Add(numbering, typography);
        }
        return data;
    }

    private static WordOutline Of(ListNumbering numbering, int typography) =>
        WordOutlines.Of(BuiltInStyles.Find("gongwen")!, numbering, WordOutlines.Typographies[typography], Outline);

    // Each paragraph as its runs: [text] when highlighted yellow, text as it is otherwise.
    private static string[] Runs(DocumentFormat.OpenXml.Packaging.WordprocessingDocument package) =>
        DocumentText.Paragraphs(package).Select(paragraph => string.Concat(paragraph.Elements<Run>().Select(run =>
        {
            var text = string.Concat(run.Elements<Text>().Select(t => t.Text));
            return run.RunProperties?.Highlight?.Val?.Value == HighlightColorValues.Yellow ? $"[{text}]" : text;
        }))).ToArray();

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Each_field_left_in_a_heading_is_its_own_highlighted_run_in_the_insertOoxml_package(ListNumbering numbering, int typography)
    {
        using var package = WordPackageReader.OpenFlatOpc(WordPackages.FlatOpc(Of(numbering, typography)));
        var marker = numbering == ListNumbering.Text;
        Assert.Equal(
            [
                (marker ? "一、" : "") + "[{单位}][{年份}]年工作总结",
                (marker ? "（一）" : "") + "主要做法：[{部门}]牵头",
                (marker ? "（二）" : "") + "已填写的标题",
                (marker ? "二、" : "") + "下一步{ 不是字段 }打算",
            ],
            Runs(package));
        OpenXmlAssert.Valid(package);
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void A_highlighted_field_keeps_the_heading_s_font_and_the_docx_stays_valid(ListNumbering numbering, int typography)
    {
        using var package = WordPackageReader.OpenDocx(WordPackages.Docx(Of(numbering, typography)));
        OpenXmlAssert.Valid(package);
        var first = DocumentText.Paragraphs(package)[0].Elements<Run>().ToList();
        var plain = first.Last().RunProperties;
        var field = first.First(run => run.RunProperties?.Highlight is not null).RunProperties!;
        Assert.Equal(plain?.RunFonts?.EastAsia?.Value, field.RunFonts?.EastAsia?.Value);
        Assert.Equal(plain?.FontSize?.Val?.Value, field.FontSize?.Val?.Value);
    }
}
