using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Tests.Outlines;

/// <summary>
/// Random documents, trees and styles of the shapes the API lets through, from fixed seeds: the engine answers every one
/// (a result or a refusal), never an exception. A failing seed reproduces the case.
/// </summary>
public class RandomInputTests
{
    private static readonly string[] Markers =
    [
        "一、", "（一）", "(一)", "1.", "1、", "（1）", "(1)", "①", "一是", "第一，", "第一章 ", "第一节 ", "第一条 ", "1.1 ", "1.1.1 ",
        "1.1.1.1.1.1.1.1.1.1 ", "I.", "A.", "a.", "a)", "i.", "二、", "（三）", "3.", "九十九、", "99999999999.", "0.", "第零章 ", "附件", "",
    ];

    private static readonly string[] Titles = ["总体要求", "", " ", "正文段落。", "2024年3月5日", "各单位：", "一季度", "%1", "\u0000", "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"];

    private static string Line(Random random) => Markers[random.Next(Markers.Length)] + Titles[random.Next(Titles.Length)];

    private static LevelFormat Level(Random random, int level)
    {
        var own = $"%{level}";
        var texts = new[] { own + "、", $"（{own}）", own + ".", $"%1.{own}", "", "第" + own + "章 ", own + "是", $"%{random.Next(1, level + 1)}）" };
        return new LevelFormat(Enum.GetValues<NumFmt>()[random.Next(Enum.GetValues<NumFmt>().Length)], texts[random.Next(texts.Length)],
            random.Next(4) == 0, random.Next(3) == 0 ? random.Next(1, 10_000) : 1);
    }

    // Styles of one to nine levels, as a team may define them.
    private static NumberingStyle Style(Random random) => random.Next(3) == 0
        ? BuiltInStyles.All[random.Next(BuiltInStyles.All.Count)]
        : new NumberingStyle("team-random", "随机", "Random", Enumerable.Range(1, random.Next(1, 10)).Select(level => Level(random, level)).ToList());

    private static List<OutlineNode> Tree(Random random, int depth, ref int budget)
    {
        var nodes = new List<OutlineNode>();
        var count = random.Next(0, 4);
        for (var i = 0; i < count && budget > 0; i++, budget--)
        {
            var children = depth < NumberingStyle.MaxLevels && random.Next(2) == 0 ? Tree(random, depth + 1, ref budget) : [];
            nodes.Add(new OutlineNode(Titles[random.Next(Titles.Length)], children, random.Next(5) == 0 ? Level(random, depth) : null));
        }
        return nodes;
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parse_render_and_renumber_answer_any_document_without_throwing(int seed)
    {
        var random = new Random(seed);
        var paragraphs = Enumerable.Range(0, random.Next(0, 60))
            .Select(_ => new SourceParagraph(Line(random), random.Next(3) == 0 ? random.Next(1, 10) : null, random.Next(8) == 0))
            .ToList();
        var style = Style(random);

        var parsed = OutlineParser.Parse(string.Join(random.Next(2) == 0 ? "\n" : "\r\n", paragraphs.Select(p => p.Text)));
        var captured = OutlineParser.ParseDocument(paragraphs);
        var switched = Renumberer.Renumber(paragraphs, style);
        var repaired = Renumberer.Renumber(paragraphs, null);
        var start = random.Next(0, paragraphs.Count + 1);
        var selected = Renumberer.Renumber(paragraphs, style, start..random.Next(start, paragraphs.Count + 1));

        Assert.True(parsed.Succeeded || parsed.Error is not null);
        Assert.True(captured.Succeeded || captured.Error is not null);
        Assert.All(new[] { switched, repaired, selected }, result => Assert.True(result.TooDeepAt is not null || result.Paragraphs.Count == paragraphs.Count));

        var budget = 200;
        var tree = Tree(random, 1, ref budget);
        var count = OutlineNode.Walk(tree).Count();
        Assert.Equal(count, OutlineRenderer.Render(tree, style.Levels, asAuthored: true).Count);
        Assert.Equal(count, OutlineRenderer.Render(tree, style.Levels, asAuthored: false).Count);
        if (parsed.Succeeded) Assert.Equal(OutlineNode.Walk(parsed.Nodes).Count(), OutlineRenderer.Render(parsed.Nodes, parsed.Levels, asAuthored: true).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("\r\r\n\n")]
    [InlineData("甲\u2028乙\u2029丙\v丁\f戊\r己")]
    [InlineData("一、甲\r\n（一）乙\n\n")]
    public void Counting_lines_agrees_with_splitting_them(string text) =>
        Assert.Equal(OutlineParser.SplitLines(text).Count, OutlineParser.CountLines(text));
}
