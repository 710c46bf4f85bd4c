using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Tests.Numbering;

public class BuiltInStylesTests
{
    // Level n is counted to n + 1, so every level shows a different number: 二、（三）4.（5）⑥…
    private static readonly int[] Counters = [2, 3, 4, 5, 6, 7, 8, 9, 10];

    public static TheoryData<string, string[]> MarkersByLevel() => new()
    {
        { "gongwen", ["二、", "（三）", "4.", "（5）", "⑥", "g.", "（h）", "ix.", "（x）"] },
        { "gongwen-short", ["二、", "3.", "（4）", "⑤", "f.", "（g）", "viii.", "（ix）", "J."] },
        { "decimal", ["2 ", "2.3 ", "2.3.4 ", "2.3.4.5 ", "2.3.4.5.6 ", "2.3.4.5.6.7 ", "2.3.4.5.6.7.8 ", "2.3.4.5.6.7.8.9 ", "2.3.4.5.6.7.8.9.10 "] },
        { "legal", ["第二章 ", "第三节 ", "第四条 ", "（五）", "6.", "（7）", "⑧", "i.", "x."] },
        { "yishi", ["二、", "三是", "4.", "（5）", "⑥", "g.", "（h）", "ix.", "（x）"] },
        { "ordinal", ["第二，", "（三）", "4.", "（5）", "⑥", "g.", "（h）", "ix.", "（x）"] },
        { "western", ["II.", "C.", "4.", "e.", "(6)", "(g)", "viii.", "(ix)", "(J)"] },
    };

    [Theory]
    [MemberData(nameof(MarkersByLevel))]
    public void Renders_the_marker_of_every_level(string styleId, string[] expected)
    {
        var style = BuiltInStyles.Find(styleId)!;
        Assert.Equal(NumberingStyle.MaxLevels, style.Levels.Count);
        var markers = Enumerable.Range(1, NumberingStyle.MaxLevels).Select(level => style.Marker(level, Counters));
        Assert.Equal(expected, markers);
    }

    [Theory]
    [MemberData(nameof(MarkersByLevel))]
    public void Every_marker_it_writes_is_read_back_as_a_marker(string styleId, string[] expected)
    {
        foreach (var marker in expected)
        {
            var found = MarkerRecognizer.Recognize(marker + "标题");
            Assert.NotNull(found);
            Assert.Equal("标题", (marker + "标题")[found.End..]);
        }
        Assert.NotNull(BuiltInStyles.Find(styleId));
    }

    [Fact]
    public void Ships_the_four_conventions_the_design_names()
    {
        var ids = BuiltInStyles.All.Select(style => style.Id).ToList();
        Assert.Subset(ids.ToHashSet(), new HashSet<string> { "gongwen", "gongwen-short", "decimal", "legal" });
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Legal_articles_run_on_through_chapters_while_other_levels_restart()
    {
        Assert.True(BuiltInStyles.Legal.Levels[2].Continuous);
        Assert.DoesNotContain(BuiltInStyles.Gongwen.Levels, level => level.Continuous);
    }

    [Fact]
    public void No_level_text_refers_to_a_deeper_level()
    {
        foreach (var style in BuiltInStyles.All)
        {
            for (var level = 1; level <= style.Levels.Count; level++)
            {
                Assert.All(NumberingStyle.ReferencedLevels(style.Levels[level - 1].LvlText), n => Assert.True(n <= level, $"{style.Id} level {level}"));
            }
        }
    }
}
