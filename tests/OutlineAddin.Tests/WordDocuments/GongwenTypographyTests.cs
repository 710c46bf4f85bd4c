using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OutlineAddin.Numbering;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>The 公文 preset's values as GB/T 9704-2012 gives them, in the styles or on the headings themselves.</summary>
public class GongwenTypographyTests
{
    private static readonly Typography InStyles = new(TypographyPreset.Gongwen, BoldLevel3: false, TypographyApplication.Styles);
    private static readonly Typography Direct = new(TypographyPreset.Gongwen, BoldLevel3: false, TypographyApplication.Direct);

    [Fact]
    public void The_page_is_a4_with_the_standards_margins_and_text_block()
    {
        var page = GongwenTypography.Page;
        Assert.Equal((11906, 16838), (page.WidthTwips, page.HeightTwips));
        Assert.Equal((2098, 1474, 1984, 1587), (page.TopTwips, page.RightTwips, page.BottomTwips, page.LeftTwips));
        // 156 × 225 mm is 8844 × 12756 twips; rounding each margin on its own leaves the width a twip over.
        Assert.Equal(12756, page.TextHeightTwips);
        Assert.InRange(page.TextWidthTwips, 8844, 8845);
    }

    [Fact]
    public void Twenty_two_lines_of_exact_spacing_fill_the_text_block_and_no_more()
    {
        Assert.Equal(579, GongwenTypography.LineTwips);
        Assert.True(22 * GongwenTypography.LineTwips <= GongwenTypography.Page.TextHeightTwips);
        Assert.True(23 * GongwenTypography.LineTwips > GongwenTypography.Page.TextHeightTwips);
    }

    public static TheoryData<string, string, bool> StyleFonts() => new()
    {
        { "Normal", "仿宋_GB2312", false },
        { "Heading1", "黑体", false },
        { "Heading2", "楷体_GB2312", false },
        { "Heading3", "仿宋_GB2312", false },
        { "Heading4", "仿宋_GB2312", false },
    };

    [Theory]
    [MemberData(nameof(StyleFonts))]
    public void The_preset_defines_normal_and_headings_1_to_4_in_sanhao_with_every_font_slot_set(string styleId, string font, bool bold)
    {
        using var package = Open(ListNumbering.Text, InStyles);
        var style = Styles(package)[styleId];
        var run = style.StyleRunProperties!;
        Assert.Equal((font, font, font), (run.RunFonts!.EastAsia?.Value, run.RunFonts.Ascii?.Value, run.RunFonts.HighAnsi?.Value));
        Assert.Equal("32", run.FontSize!.Val!.Value);
        Assert.Equal(bold, run.Bold!.Val?.Value ?? true);
        var paragraph = style.StyleParagraphProperties!;
        Assert.Equal(("579", LineSpacingRuleValues.Exact), (paragraph.SpacingBetweenLines!.Line?.Value, paragraph.SpacingBetweenLines.LineRule!.Value));
        Assert.Equal((200, "640"), (paragraph.Indentation!.FirstLineChars?.Value, paragraph.Indentation.FirstLine?.Value));
    }

    [Fact]
    public void Level_3_is_bold_when_asked()
    {
        using var package = Open(ListNumbering.Text, InStyles with { BoldLevel3 = true });
        var styles = Styles(package);
        Assert.True(styles["Heading3"].StyleRunProperties!.Bold!.Val?.Value ?? true);
        Assert.False(styles["Heading2"].StyleRunProperties!.Bold!.Val?.Value ?? true);
        Assert.False(styles["Heading4"].StyleRunProperties!.Bold!.Val?.Value ?? true);
    }

    [Fact]
    public void Headings_past_level_4_and_no_preset_define_no_fonts()
    {
        using var gongwen = Open(ListNumbering.Text, InStyles);
        Assert.All(Enumerable.Range(5, 5), level => Assert.Null(Styles(gongwen)[$"Heading{level}"].StyleRunProperties));
        using var plain = Open(ListNumbering.Text, Typography.None);
        Assert.Empty(plain.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Descendants<RunFonts>());
        Assert.Empty(plain.MainDocumentPart.Document!.Descendants<RunProperties>());
    }

    [Theory]
    [InlineData(ListNumbering.Text)]
    [InlineData(ListNumbering.List)]
    public void Direct_application_formats_the_headings_and_leaves_the_styles_plain(ListNumbering numbering)
    {
        using var package = Open(numbering, Direct);
        Assert.Empty(package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Descendants<RunFonts>());
        var expectedFonts = new Dictionary<string, string> { ["Heading1"] = "黑体", ["Heading2"] = "楷体_GB2312", ["Heading3"] = "仿宋_GB2312", ["Heading4"] = "仿宋_GB2312" };
        Assert.All(DocumentText.Paragraphs(package), paragraph =>
        {
            var properties = paragraph.ParagraphProperties!;
            var font = expectedFonts[properties.ParagraphStyleId!.Val!.Value!];
            var run = paragraph.Elements<Run>().Single().RunProperties!;
            Assert.Equal((font, "32"), (run.RunFonts!.EastAsia?.Value, run.FontSize!.Val?.Value));
            // The paragraph mark carries the same look, and Word draws a list label in the mark's look.
            Assert.Equal(font, properties.ParagraphMarkRunProperties!.GetFirstChild<RunFonts>()!.EastAsia?.Value);
            Assert.Equal("579", properties.SpacingBetweenLines!.Line?.Value);
            Assert.Equal(200, properties.Indentation!.FirstLineChars?.Value);
        });
    }

    [Fact]
    public void The_font_table_names_a_fallback_for_each_font()
    {
        using var package = Open(ListNumbering.Text, InStyles);
        var fonts = package.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(font => font.Name!.Value!, font => font.AltName!.Val!.Value);
        Assert.Equal("仿宋", fonts["仿宋_GB2312"]);
        Assert.Equal("FangSong", fonts["仿宋"]);
        Assert.Equal("楷体", fonts["楷体_GB2312"]);
        Assert.Equal("KaiTi", fonts["楷体"]);
        Assert.Equal("SimHei", fonts["黑体"]);
    }

    [Fact]
    public void The_exported_page_is_the_standards_page_with_a_22_line_grid()
    {
        using var package = WordPackageReader.OpenDocx(WordPackages.Docx(WordOutlines.Of(BuiltInStyles.Gongwen, ListNumbering.List, InStyles)));
        var section = package.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((2098, 1474u, 1984, 1587u), (margin.Top!.Value, margin.Right!.Value, margin.Bottom!.Value, margin.Left!.Value));
        Assert.Equal(579, section.GetFirstChild<DocGrid>()!.LinePitch!.Value);
    }

    private static WordprocessingDocument Open(ListNumbering numbering, Typography typography) =>
        WordPackageReader.OpenFlatOpc(WordPackages.FlatOpc(WordOutlines.Of(BuiltInStyles.Gongwen, numbering, typography)));

    private static Dictionary<string, Style> Styles(WordprocessingDocument package) =>
        package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(style => style.StyleId!.Value!);
}
