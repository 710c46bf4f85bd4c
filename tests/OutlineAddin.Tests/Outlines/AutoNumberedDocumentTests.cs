using System.Text.RegularExpressions;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Tests.Outlines;

/// <summary>
/// Documents whose headings Word numbers itself (a multilevel list): the label Word draws (listString) is read as
/// the marker, and renumbering answers with the label each item is to have, never with a changed text.
/// </summary>
public partial class AutoNumberedDocumentTests
{
    // "[（一）]指导思想@2": a list item Word labels （一）, text 指导思想, Heading 2. "一、甲@1": a typed marker. "正文。": body text.
    private static SourceParagraph Paragraph(string spec)
    {
        var match = SpecPattern().Match(spec);
        var level = match.Groups["level"].Success ? int.Parse(match.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var label = match.Groups["label"].Success ? match.Groups["label"].Value : null;
        return new SourceParagraph(match.Groups["text"].Value, level, NumberedByWord: label is not null, ListString: label);
    }

    // "[（一）:2]指导思想": the label the item is to have and the list level it comes from, then its (unchanged) text.
    private static string Described(RenumberedParagraph paragraph) =>
        paragraph.ListString is { } label ? $"[{label}:{paragraph.ListLevel}]{paragraph.Text}" : paragraph.Text;

    private static RenumberResult Renumber(string? styleId, string[] document, Range? only = null, ListNumbering? numbering = null) =>
        Renumberer.Renumber(document.Select(Paragraph).ToList(), styleId is null ? null : BuiltInStyles.Find(styleId)!, only, numbering);

    public static TheoryData<string?, string[], string[]> Cases() => new()
    {
        // Switching: each item's label in the target style; the text is left as it is.
        { "gongwen", ["[1]范围@1", "[1.1]对象@2", "[1.2]用语@2", "[2]术语@1"], ["[一、:1]范围", "[（一）:2]对象", "[（二）:2]用语", "[二、:1]术语"] },
        { "legal", ["[一、]总则@1", "[（一）]目的@2", "[二、]附则@1"], ["[第一章:1]总则", "[第一节:2]目的", "[第二章:1]附则"] },
        // A list that skips a level (一、 then 1.) keeps the skip: 1. is the style's third level.
        { "gongwen", ["[一、]甲@1", "[1.]乙@2", "[2.]丙@2"], ["[一、:1]甲", "[1.:3]乙", "[2.:3]丙"] },
        // Repair: the labels, as drawn, have a gap; the answer is the label each is to have.
        { null, ["[一、]甲@1", "[三、]乙@1", "[四、]丙@1"], ["[一、:1]甲", "[二、:1]乙", "[三、:1]丙"] },
        // Typed markers and Word's labels count as one sequence: the typed ones are edited, the list items relabelled.
        { null, ["一、甲@1", "[二、]乙@1", "四、丙@1"], ["一、甲", "[二、:1]乙", "三、丙"] },
        { "decimal", ["一、甲@1", "[（一）]乙@2", "二、丙@1"], ["1 甲", "[1.1:2]乙", "2 丙"] },
        // A bulleted list in the body is not part of the outline.
        { null, ["一、甲@1", "[•]要点一", "[•]要点二", "二、乙@1"], ["一、甲", "要点一", "要点二", "二、乙"] },
        // An item whose text starts with a typed marker under a bullet keeps both: only text Word draws is Word's to change.
        { "decimal", ["[•]一、甲@1"], ["一、甲"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Relabels_list_items_and_never_changes_their_text(string? styleId, string[] document, string[] expected) =>
        Assert.Equal(expected, Renumber(styleId, document).Paragraphs.Select(Described));

    public static TheoryData<string?, ListNumbering, string[], string[]> Conversions() => new()
    {
        // 转为自动编号: a typed marker leaves the text with the spaces after it; the answer gives the label and level.
        { "gongwen", ListNumbering.List, ["一、 总体要求@1", "（一）指导思想@2", "正文。", "[二、]主要任务@1"], ["[一、:1]总体要求", "[（一）:2]指导思想", "正文。", "[二、:1]主要任务"] },
        // …in the document's own convention, repaired on the way.
        { null, ListNumbering.List, ["一、甲@1", "三、乙@1"], ["[一、:1]甲", "[二、:1]乙"] },
        // A heading without a number is numbered by the style, and left alone by a repair.
        { "gongwen", ListNumbering.List, ["总体要求@1"], ["[一、:1]总体要求"] },
        { null, ListNumbering.List, ["工作方案@1", "一、甲@1"], ["工作方案", "[一、:1]甲"] },
        // 转为文本编号: the label is written in front of the text, with the style's separator.
        { null, ListNumbering.Text, ["[一、]甲@1", "[（一）]乙@2", "[二、]丙@1"], ["一、甲", "（一）乙", "二、丙"] },
        { "gongwen", ListNumbering.Text, ["[1]范围@1", "[1.1]对象@2"], ["一、范围", "（一）对象"] },
        { "decimal", ListNumbering.Text, ["[一、]甲@1", "[（一）]乙@2"], ["1 甲", "1.1 乙"] },
        // A typed marker stays typed; a bullet stays a bullet.
        { null, ListNumbering.Text, ["一、甲@1", "[二、]乙@1", "[•]要点"], ["一、甲", "二、乙", "要点"] },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Converts_between_typed_markers_and_Word_s_numbering(string? styleId, ListNumbering numbering, string[] document, string[] expected) =>
        Assert.Equal(expected, Renumber(styleId, document, numbering: numbering).Paragraphs.Select(Described));

    [Fact]
    public void A_document_converted_to_Word_s_numbering_and_back_reads_as_it_did()
    {
        string[] typed = ["关于开展检查的通知", "一、检查范围@1", "（一）生产车间@2", "正文。", "（二）仓储区域@2", "二、检查内容@1", "1.消防设施@3"];
        var listed = Renumber(null, typed, numbering: ListNumbering.List).Paragraphs
            .Select(p => p.ListString is { } label ? $"[{label}]{p.Text}@{p.Level}" : p.Level is { } level ? $"{p.Text}@{level}" : p.Text)
            .ToArray();
        var back = Renumber(null, listed, numbering: ListNumbering.Text).Paragraphs.Select(p => p.Text);
        Assert.Equal(typed.Select(line => line.Split('@')[0]), back);
    }

    [Fact]
    public void A_conversion_of_a_selection_converts_only_the_selection()
    {
        var result = Renumber("gongwen", ["一、甲@1", "二、乙@1", "三、丙@1"], 1..2, ListNumbering.List);
        Assert.Equal(["一、甲", "[二、:1]乙", "三、丙"], result.Paragraphs.Select(Described));
        Assert.Equal(2, result.Paragraphs[1].ListValue);
    }

    [Fact]
    public void Problems_name_the_labels_as_Word_draws_them()
    {
        var problems = Renumber(null, ["[一.]甲@1", "[三、]乙@1"]).Problems;
        Assert.Equal(
            [(ProblemCodes.NonstandardPunctuation, 0, "一.", "一、"), (ProblemCodes.Gap, 1, "三、", "二、")],
            problems.Select(problem => (problem.Code, problem.Index, problem.Found, problem.Expected)));
    }

    [Fact]
    public void An_excerpt_that_starts_at_three_is_answered_with_the_count_its_list_starts_at()
    {
        var result = Renumber(null, ["[三、]甲@1", "[（一）]子@2", "[四、]乙@1"]);
        Assert.Equal([3, 1, 4], result.Paragraphs.Select(p => p.ListValue));
    }

    [Fact]
    public void A_repaired_document_has_no_problems_left()
    {
        var first = Renumber(null, ["[一、]甲@1", "[（二）]乙@2", "[三、]丙@1"]);
        var relabelled = first.Paragraphs.Select(paragraph => $"[{paragraph.ListString}]{paragraph.Text}@{paragraph.Level}").ToArray();
        Assert.Empty(Renumber(null, relabelled).Problems);
    }

    [Fact]
    public void A_selection_relabels_only_its_own_items_and_counts_on_from_the_items_before_it()
    {
        var result = Renumber("decimal", ["[一、]甲@1", "[二、]乙@1", "[三、]丙@1"], 1..2);
        Assert.Equal(["甲", "[2:1]乙", "丙"], result.Paragraphs.Select(Described));
        // A new list starts at 1: the count says where this one must start.
        Assert.Equal(2, result.Paragraphs[1].ListValue);
    }

    [Fact]
    public void A_list_item_whose_label_is_unknown_is_left_alone()
    {
        // An older taskpane sends isListItem without listString: structure, but nothing to read or change.
        SourceParagraph[] document = [new("总体要求", 1, NumberedByWord: true), new("（三）指导思想"), new("主要任务", 1, NumberedByWord: true)];
        var result = Renumberer.Renumber(document, BuiltInStyles.Gongwen).Paragraphs;
        Assert.Equal(["总体要求", "（一）指导思想", "主要任务"], result.Select(Described));
    }

    [Fact]
    public void Capturing_an_auto_numbered_document_reads_its_convention_and_leaves_the_labels_out_of_the_titles()
    {
        var result = OutlineParser.ParseDocument(new[] { "[一、]总体要求@1", "[（一）]指导思想@2", "[二、]主要任务@1" }.Select(Paragraph).ToList());
        Assert.True(result.Succeeded);
        Assert.Equal(["总体要求", "主要任务"], result.Nodes.Select(node => node.Title));
        Assert.Equal("指导思想", Assert.Single(result.Nodes[0].Children).Title);
        Assert.Equal(["%1、", "（%2）"], result.Levels.Select(level => level.LvlText));
    }

    [GeneratedRegex(@"^(\[(?<label>[^\]]*)\])?(?<text>.*?)(@(?<level>\d))?$")]
    private static partial Regex SpecPattern();
}
