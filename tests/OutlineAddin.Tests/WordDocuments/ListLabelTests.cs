using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>In list mode Word's label for every heading, followed by its text, is the line text mode would have written.</summary>
public class ListLabelTests
{
    public static TheoryData<string> StyleIds() => [.. BuiltInStyles.All.Select(style => style.Id)];

    [Theory]
    [MemberData(nameof(StyleIds))]
    public void Word_labels_equal_the_text_mode_markers_past_ten_items_on_every_level(string styleId)
    {
        var style = BuiltInStyles.Find(styleId)!;
        AssertLabelsEqualTextMode(WordOutlines.Deep(), style.Levels);
    }

    [Theory]
    [MemberData(nameof(StyleIds))]
    public void Word_labels_equal_the_text_mode_markers_nine_levels_deep(string styleId)
    {
        var style = BuiltInStyles.Find(styleId)!;
        AssertLabelsEqualTextMode(Chain(NumberingStyle.MaxLevels, siblings: 2), style.Levels);
    }

    public static TheoryData<string, LevelFormat[]> CustomLevels() => new()
    {
        // A decimal chain under a Chinese level: Word's legal numbering shows 1.1, and so does the engine.
        { "1.1 under 第一章", [new(NumFmt.ChineseCounting, "第%1章 "), new(NumFmt.Decimal, "%1.%2 "), new(NumFmt.Decimal, "%1.%2.%3 ")] },
        // An excerpt from 五、 on.
        { "starting at 五", [new(NumFmt.ChineseCounting, "%1、", Start: 5), new(NumFmt.ChineseCounting, "（%2）")] },
        // Articles run through chapters; items restart under each article.
        { "continuous articles", [new(NumFmt.ChineseCounting, "第%1章 "), new(NumFmt.ChineseCounting, "第%2条 ", Continuous: true), new(NumFmt.Decimal, "%3.")] },
        // Two levels given: deeper headings repeat the last level, counting their own number.
        { "two levels repeated", [new(NumFmt.ChineseLegalSimplified, "%1、"), new(NumFmt.DecimalFullWidth, "%2．")] },
        { "heavenly stems and a bullet-like level", [new(NumFmt.IdeographTraditional, "%1、"), new(NumFmt.None, "★"), new(NumFmt.ChineseCountingThousand, "（%3）")] },
    };

    [Theory]
    [MemberData(nameof(CustomLevels))]
    public void Word_labels_equal_the_text_mode_markers_for_levels_a_user_gives(string name, LevelFormat[] levels)
    {
        Assert.NotEmpty(name);
        AssertLabelsEqualTextMode(WordOutlines.Deep(), levels);
    }

    [Fact]
    public void A_heading_the_author_numbered_differently_takes_its_levels_number_in_list_mode()
    {
        var levels = BuiltInStyles.YiShi.Levels;
        IReadOnlyList<OutlineNode> nodes =
        [
            new("总体要求", [new("提高认识", []), new("压实责任", [], new LevelFormat(NumFmt.Decimal, "%2.")), new("加强督导", [])]),
        ];
        var asAuthored = OutlineRenderer.Render(nodes, levels, asAuthored: true).Select(line => line.Text);
        Assert.Contains("2.压实责任", asAuthored);

        using var package = WordPackageReader.OpenFlatOpc(WordPackages.FlatOpc(new WordOutline(nodes, levels, AsAuthored: true, ListNumbering.List, Typography.None)));
        var labelled = WordListLabels.Of(package).Zip(DocumentText.Paragraphs(package).Select(DocumentText.Of), (label, text) => label + text);
        Assert.Equal(["一、总体要求", "一是提高认识", "二是压实责任", "三是加强督导"], labelled);
    }

    private static void AssertLabelsEqualTextMode(IReadOnlyList<OutlineNode> nodes, IReadOnlyList<LevelFormat> levels)
    {
        var expected = OutlineRenderer.Render(nodes, levels, asAuthored: false).Select(line => line.Text).ToList();
        foreach (var package in Packages(new WordOutline(nodes, levels, AsAuthored: false, ListNumbering.List, Typography.None)))
        {
            using (package)
            {
                var labelled = WordListLabels.Of(package).Zip(DocumentText.Paragraphs(package).Select(DocumentText.Of), (label, text) => label + text);
                Assert.Equal(expected, labelled);
            }
        }
    }

    private static IEnumerable<DocumentFormat.OpenXml.Packaging.WordprocessingDocument> Packages(WordOutline outline)
    {
        yield return WordPackageReader.OpenFlatOpc(WordPackages.FlatOpc(outline));
        yield return WordPackageReader.OpenDocx(WordPackages.Docx(outline));
    }

    /// <summary>A chain <paramref name="depth"/> levels deep, each level with <paramref name="siblings"/> items, the last of which goes on.</summary>
    private static IReadOnlyList<OutlineNode> Chain(int depth, int siblings) =>
        [.. Enumerable.Range(1, siblings).Select(i => new OutlineNode($"第{depth}层{i}", i == siblings && depth > 1 ? Chain(depth - 1, siblings) : []))];
}
