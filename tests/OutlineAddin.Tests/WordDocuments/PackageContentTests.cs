using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>What the packages hold: the outline's headings and nothing else, in Heading styles, numbered as asked.</summary>
public class PackageContentTests
{
    public static TheoryData<string> StyleIds() => [.. BuiltInStyles.All.Select(style => style.Id)];

    [Theory]
    [MemberData(nameof(StyleIds))]
    public void Text_mode_writes_the_renderers_lines_one_paragraph_each_in_heading_n(string styleId)
    {
        var style = BuiltInStyles.Find(styleId)!;
        var nodes = WordOutlines.Deep();
        var lines = OutlineRenderer.Render(nodes, style.Levels, asAuthored: false);
        foreach (var typography in WordOutlines.Typographies)
        {
            using var package = WordPackageReader.OpenFlatOpc(WordPackages.FlatOpc(WordOutlines.Of(style, ListNumbering.Text, typography, nodes)));
            var paragraphs = DocumentText.Paragraphs(package);
            Assert.Equal(lines.Select(line => line.Text), paragraphs.Select(DocumentText.Of));
            Assert.Equal(lines.Select(line => $"Heading{line.Level}"), paragraphs.Select(paragraph => paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
        }
    }

    [Fact]
    public void Text_mode_takes_the_headings_out_of_any_list_the_documents_heading_styles_carry()
    {
        using var package = Open(ListNumbering.Text, Typography.None);
        Assert.All(DocumentText.Paragraphs(package), paragraph => Assert.Equal(0, paragraph.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value));
        Assert.Null(package.MainDocumentPart!.NumberingDefinitionsPart);
    }

    [Fact]
    public void Text_mode_keeps_a_heading_the_author_numbered_differently_as_authored()
    {
        IReadOnlyList<OutlineNode> nodes = [new("总体要求", [new("提高认识", []), new("压实责任", [], new LevelFormat(NumFmt.Decimal, "%2."))])];
        var outline = new WordOutline(nodes, BuiltInStyles.YiShi.Levels, AsAuthored: true, ListNumbering.Text, Typography.None);
        using var package = WordPackageReader.OpenFlatOpc(WordPackages.FlatOpc(outline));
        Assert.Equal(["一、总体要求", "一是提高认识", "2.压实责任"], DocumentText.Paragraphs(package).Select(DocumentText.Of));
    }

    /// <summary>
    /// On insertOoxml the document's own Heading styles win over the package's (OfficeDev/office-js#5491): fonts and spacing
    /// follow the document, so the numbering must not: every paragraph carries both its style and its own numbering, and
    /// neither the styles nor the list refer to each other.
    /// </summary>
    [Fact]
    public void List_mode_numbers_each_paragraph_directly_not_through_its_style()
    {
        using var package = Open(ListNumbering.List, new Typography(TypographyPreset.Gongwen));
        var numbering = package.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var numId = numbering.Elements<NumberingInstance>().Single().NumberID!.Value;
        Assert.All(DocumentText.Paragraphs(package), paragraph =>
        {
            Assert.StartsWith("Heading", paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            Assert.Equal(numId, paragraph.ParagraphProperties.NumberingProperties!.NumberingId!.Val!.Value);
        });
        Assert.All(numbering.Descendants<Level>(), level => Assert.Null(level.ParagraphStyleIdInLevel));
        Assert.Empty(package.MainDocumentPart.StyleDefinitionsPart!.Styles!.Descendants<NumberingProperties>());
    }

    [Fact]
    public void List_mode_writes_each_headings_title_without_a_marker_at_its_level()
    {
        var nodes = WordOutlines.Deep();
        using var package = Open(ListNumbering.List, Typography.None, nodes);
        var expected = OutlineNode.Walk(nodes).ToList();
        var paragraphs = DocumentText.Paragraphs(package);
        Assert.Equal(expected.Select(item => item.Node.Title), paragraphs.Select(DocumentText.Of));
        Assert.Equal(expected.Select(item => item.Depth - 1), paragraphs.Select(paragraph => paragraph.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value));
    }

    public static TheoryData<int, string?, string?, string?> LevelIndents() => new()
    {
        // No preset: the label sits at the margin with nothing hanging, where a typed marker would sit in a plain paragraph.
        { 0, "0", "0", null },
        // 公文: two characters in, as the typed marker of a 公文 heading is.
        { 1, "0", null, "640" },
    };

    [Theory]
    [MemberData(nameof(LevelIndents))]
    public void The_list_adds_no_indent_or_tab_of_its_own(int typography, string? left, string? hanging, string? firstLine)
    {
        using var package = Open(ListNumbering.List, WordOutlines.Typographies[typography]);
        Assert.All(package.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Descendants<Level>(), level =>
        {
            var indent = level.PreviousParagraphProperties!.Indentation!;
            Assert.Equal((left, hanging, firstLine), (indent.Left?.Value, indent.Hanging?.Value, indent.FirstLine?.Value));
            Assert.Null(level.PreviousParagraphProperties.Tabs);
            Assert.NotEqual(LevelSuffixValues.Tab, level.LevelSuffix!.Val!.Value);
        });
    }

    [Fact]
    public void Heading_styles_carry_their_outline_level_for_the_navigation_pane()
    {
        using var package = Open(ListNumbering.Text, Typography.None);
        var styles = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(style => style.StyleId!.Value!);
        for (var level = 1; level <= 9; level++)
        {
            var style = styles[$"Heading{level}"];
            Assert.Equal($"heading {level}", style.StyleName!.Val!.Value);
            Assert.Equal(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }
        Assert.True(styles["Normal"].Default!.Value);
    }

    [Theory]
    [InlineData(1, "44", true)]
    [InlineData(2, "32", true)]
    [InlineData(4, "28", true)]
    [InlineData(8, "24", false)]
    [InlineData(9, "21", false)]
    public void Headings_without_a_preset_look_as_chinese_words_own_heading_styles(int level, string halfPoints, bool bold)
    {
        using var package = Open(ListNumbering.Text, Typography.None);
        var styles = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var heading = styles.Elements<Style>().Single(style => style.StyleId == $"Heading{level}");
        Assert.Equal(halfPoints, heading.StyleRunProperties!.FontSize!.Val!.Value);
        Assert.Equal(bold, heading.StyleRunProperties.Bold is not null);
        Assert.NotNull(heading.StyleParagraphProperties!.SpacingBetweenLines!.Before);
        Assert.Equal("21", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.FontSize!.Val!.Value);
    }

    [Fact]
    public void Under_gongwen_styles_headings_past_level_4_take_the_bodys_look_not_words()
    {
        using var package = Open(ListNumbering.Text, new Typography(TypographyPreset.Gongwen));
        var heading5 = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(style => style.StyleId == "Heading5");
        Assert.Null(heading5.StyleRunProperties);
        Assert.Null(heading5.StyleParagraphProperties!.SpacingBetweenLines);
    }

    public static TheoryData<ListNumbering, int> NumberingsAndTypographies()
    {
        var data = new TheoryData<ListNumbering, int>();
        foreach (var numbering in Enum.GetValues<ListNumbering>())
        {
            for (var typography = 0; typography < WordOutlines.Typographies.Length; typography++) data.Add(numbering, typography);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(NumberingsAndTypographies))]
    public void A_package_holds_no_text_that_is_not_in_the_outline(ListNumbering numbering, int typography)
    {
        var nodes = WordOutlines.Deep();
        var outline = WordOutlines.Of(BuiltInStyles.Gongwen, numbering, WordOutlines.Typographies[typography], nodes);
        var allowed = numbering == ListNumbering.Text
            ? OutlineRenderer.Render(nodes, outline.Levels, asAuthored: false).Select(line => line.Text)
            : OutlineNode.Walk(nodes).Select(item => item.Node.Title);
        using var flat = WordPackageReader.OpenFlatOpc(WordPackages.FlatOpc(outline));
        using var docx = WordPackageReader.OpenDocx(WordPackages.Docx(outline));
        foreach (var package in new[] { flat, docx })
        {
            Assert.Equal(allowed, DocumentText.AllTexts(package));
            Assert.Null(package.CoreFilePropertiesPart);
            Assert.Null(package.ExtendedFilePropertiesPart);
            // Fonts only where the preset names them, numbering only in list mode; no properties, settings or theme.
            var expectedParts = new[] { "document", "styles" }
                .Concat(numbering == ListNumbering.List ? ["numbering"] : [])
                .Concat(typography != 0 ? ["fontTable"] : []);
            Assert.Equal(expectedParts.Order(StringComparer.Ordinal), PartNames(package));
        }
    }

    [Fact]
    public void Tabs_line_breaks_and_characters_xml_cannot_hold_are_written_the_way_word_reads_them()
    {
        IReadOnlyList<OutlineNode> nodes = [new("甲\t乙\r\n丙\u0001丁😀", [])];
        using var package = WordPackageReader.OpenDocx(WordPackages.Docx(new WordOutline(nodes, BuiltInStyles.Gongwen.Levels, false, ListNumbering.List, Typography.None)));
        Assert.Equal("甲\t乙\n丙丁😀", DocumentText.Of(DocumentText.Paragraphs(package).Single()));
        OpenXmlAssert.Valid(package);
    }

    /// <summary>
    /// Word's paragraph.text (so a heading captured into a template) holds a manual line break as \v, a non-breaking
    /// hyphen as U+001E and an optional hyphen as U+001F; each goes back into Word as the element it came from.
    /// </summary>
    [Theory]
    [InlineData("甲\v乙", "t:甲 br t:乙")]
    [InlineData("ISO\u001e9001", "t:ISO noBreakHyphen t:9001")]
    [InlineData("信息\u001f化", "t:信息 softHyphen t:化")]
    public void Words_own_characters_in_a_title_are_written_as_the_elements_word_reads_them_from(string title, string expected)
    {
        IReadOnlyList<OutlineNode> nodes = [new(title, [])];
        using var package = WordPackageReader.OpenDocx(WordPackages.Docx(new WordOutline(nodes, BuiltInStyles.Gongwen.Levels, false, ListNumbering.List, Typography.None)));
        var run = DocumentText.Paragraphs(package).Single().Elements<Run>().Single();
        Assert.Equal(expected, string.Join(" ", run.ChildElements.Select(element => element is Text text ? $"t:{text.Text}" : element.LocalName)));
        OpenXmlAssert.Valid(package);
    }

    [Fact]
    public void Only_a_whole_document_sets_up_the_page()
    {
        using var flat = Open(ListNumbering.Text, new Typography(TypographyPreset.Gongwen));
        Assert.Empty(flat.MainDocumentPart!.Document!.Descendants<SectionProperties>());
        using var docx = WordPackageReader.OpenDocx(WordPackages.Docx(WordOutlines.Of(BuiltInStyles.Gongwen, ListNumbering.Text, Typography.None)));
        Assert.Single(docx.MainDocumentPart!.Document!.Descendants<SectionProperties>());
    }

    [Fact]
    public void A_heading_deeper_than_words_nine_levels_is_refused()
    {
        IReadOnlyList<OutlineNode> nodes = [new("1", [new("2", [new("3", [new("4", [new("5", [new("6", [new("7", [new("8", [new("9", [new("10", [])])])])])])])])])])];
        var outline = new WordOutline(nodes, BuiltInStyles.Gongwen.Levels, false, ListNumbering.Text, Typography.None);
        Assert.Throws<ArgumentException>(() => WordPackages.Docx(outline));
    }

    [Fact]
    public void An_empty_outline_is_an_empty_valid_document()
    {
        using var package = WordPackageReader.OpenDocx(WordPackages.Docx(new WordOutline([], BuiltInStyles.Gongwen.Levels, false, ListNumbering.List, Typography.None)));
        Assert.Empty(DocumentText.Paragraphs(package));
        OpenXmlAssert.Valid(package);
    }

    private static WordprocessingDocument Open(ListNumbering numbering, Typography typography, IReadOnlyList<OutlineNode>? nodes = null) =>
        WordPackageReader.OpenFlatOpc(WordPackages.FlatOpc(WordOutlines.Of(BuiltInStyles.Gongwen, numbering, typography, nodes)));

    private static IEnumerable<string> PartNames(WordprocessingDocument package) =>
        DocumentText.Parts(package).Select(part => Path.GetFileNameWithoutExtension(part.Uri.OriginalString)).Order(StringComparer.Ordinal);
}
