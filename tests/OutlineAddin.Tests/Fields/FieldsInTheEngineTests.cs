using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Tests.Outlines;

namespace OutlineAddin.Tests.Fields;

/// <summary>
/// A field is title text to the numbering engine: a title that starts with one has no marker, a marker before one is
/// read and renumbered as usual, and a field in brackets (（{季度}）) is not a bracketed number.
/// </summary>
public class FieldsInTheEngineTests
{
    private static string Lines(params string[] lines) => string.Join('\n', lines);

    public static TheoryData<string, string> ParsedTrees() => new()
    {
        // A title that starts with a field is unnumbered: here the document's title, kept out as 某某县工作总结 would be.
        { Lines("{单位}{年份}年工作总结", "一、{单位}基本情况", "（一）{部门}主要做法", "二、下一步打算"),
          Lines("{单位}基本情况", "  {部门}主要做法", "下一步打算") },
        { Lines("一、甲", "{单位}经验", "（一）乙"),
          Lines("甲", "  {单位}经验", "    乙") },
        // A marker before a field is read as usual; the field is the start of the title.
        { Lines("一、{季度}工作回顾", "二、{季度}存在问题"),
          Lines("{季度}工作回顾", "{季度}存在问题") },
        // A field in brackets is not （一）: the line is unnumbered text under the heading before it.
        { Lines("一、甲", "（{季度}）工作安排", "二、乙"),
          Lines("甲", "  （{季度}）工作安排", "乙") },
        // 第{季度}季度 is not 第N条 / 第N章.
        { Lines("一、甲", "第{季度}季度重点工作", "二、乙"),
          Lines("甲", "  第{季度}季度重点工作", "乙") },
        // A field before the punctuation of a marker makes no marker: {序号}、 is title text, under the heading before it.
        { Lines("一、甲", "（一）乙", "{序号}、丙"),
          Lines("甲", "  乙", "    {序号}、丙") },
    };

    [Theory]
    [MemberData(nameof(ParsedTrees))]
    public void A_pasted_outline_with_fields_parses_with_the_fields_as_title_text(string text, string tree)
    {
        var result = OutlineParser.Parse(text);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(tree, OutlineTreeText.Write(result.Nodes));
    }

    public static TheoryData<string?, string[], string[]> Renumbered() => new()
    {
        // Repairing a sequence leaves the fields where they are.
        { null, ["一、{单位}概况", "三、{季度}打算"], ["一、{单位}概况", "二、{季度}打算"] },
        // A title made of a field only still gets its marker.
        { "decimal", ["一、{单位}", "（一）{部门}", "二、{年份}"], ["1 {单位}", "1.1 {部门}", "2 {年份}"] },
        // A line that starts with a field is given no marker and does not count in the sequence.
        { null, ["{单位}工作总结", "一、甲", "三、乙"], ["{单位}工作总结", "一、甲", "二、乙"] },
        { null, ["一、甲", "（{季度}）安排", "（二）乙"], ["一、甲", "（{季度}）安排", "（一）乙"] },
    };

    [Theory]
    [MemberData(nameof(Renumbered))]
    public void Renumbering_changes_markers_never_fields(string? styleId, string[] lines, string[] expected)
    {
        var result = Renumberer.Renumber(lines.Select(line => new SourceParagraph(line)).ToList(), styleId is null ? null : BuiltInStyles.Find(styleId)!);
        Assert.Equal(expected, result.Paragraphs.Select(paragraph => paragraph.Text));
    }

    [Fact]
    public void Capturing_a_document_keeps_fields_in_the_titles_of_its_headings()
    {
        var paragraphs = new[]
        {
            new SourceParagraph("{单位}{年份}年工作总结", 1),
            new SourceParagraph("正文写在这里。"),
            new SourceParagraph("（一）{部门}主要做法", 2),
            new SourceParagraph("{单位}经验", 2),
        };
        var result = OutlineParser.ParseDocument(paragraphs);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(Lines("{单位}{年份}年工作总结", "  {部门}主要做法", "  {单位}经验"), OutlineTreeText.Write(result.Nodes));
    }
}
