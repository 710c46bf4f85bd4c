using DocumentFormat.OpenXml.Wordprocessing;
using OutlineAddin.Numbering;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>The <c>w:lvl</c> each built-in style's levels become: number format, level text, suffix, start and restart.</summary>
public class ListDefinitionTests
{
    private static readonly ListIds Ids = new(1234567, 7654321, "0A1B2C3D");

    // Level by level: numFmt | lvlText | suff | lvlRestart ("-" where there is none: level 1, and level 9, whose parent 8 is
    // past the 7 Word takes and which restarts after it without one).
    public static TheoryData<string, string[]> LevelsByStyle() => new()
    {
        {
            "gongwen",
            [
                "chineseCounting|%1、|nothing|-", "chineseCounting|（%2）|nothing|1", "decimal|%3.|nothing|2", "decimal|（%4）|nothing|3",
                "decimalEnclosedCircle|%5|nothing|4", "lowerLetter|%6.|nothing|5", "lowerLetter|（%7）|nothing|6", "lowerRoman|%8.|nothing|7",
                "lowerRoman|（%9）|nothing|-",
            ]
        },
        {
            "gongwen-short",
            [
                "chineseCounting|%1、|nothing|-", "decimal|%2.|nothing|1", "decimal|（%3）|nothing|2", "decimalEnclosedCircle|%4|nothing|3",
                "lowerLetter|%5.|nothing|4", "lowerLetter|（%6）|nothing|5", "lowerRoman|%7.|nothing|6", "lowerRoman|（%8）|nothing|7",
                "upperLetter|%9.|nothing|-",
            ]
        },
        {
            "decimal",
            [
                "decimal|%1|space|-", "decimal|%1.%2|space|1", "decimal|%1.%2.%3|space|2", "decimal|%1.%2.%3.%4|space|3",
                "decimal|%1.%2.%3.%4.%5|space|4", "decimal|%1.%2.%3.%4.%5.%6|space|5", "decimal|%1.%2.%3.%4.%5.%6.%7|space|6",
                "decimal|%1.%2.%3.%4.%5.%6.%7.%8|space|7", "decimal|%1.%2.%3.%4.%5.%6.%7.%8.%9|space|-",
            ]
        },
        {
            // 条 never restarts (lvlRestart 0): articles run through the chapters.
            "legal",
            [
                "chineseCounting|第%1章|space|-", "chineseCounting|第%2节|space|1", "chineseCounting|第%3条|space|0", "chineseCounting|（%4）|nothing|3",
                "decimal|%5.|nothing|4", "decimal|（%6）|nothing|5", "decimalEnclosedCircle|%7|nothing|6", "lowerLetter|%8.|nothing|7",
                "lowerRoman|%9.|nothing|-",
            ]
        },
        {
            "yishi",
            [
                "chineseCounting|%1、|nothing|-", "chineseCounting|%2是|nothing|1", "decimal|%3.|nothing|2", "decimal|（%4）|nothing|3",
                "decimalEnclosedCircle|%5|nothing|4", "lowerLetter|%6.|nothing|5", "lowerLetter|（%7）|nothing|6", "lowerRoman|%8.|nothing|7",
                "lowerRoman|（%9）|nothing|-",
            ]
        },
        {
            "ordinal",
            [
                "chineseCounting|第%1，|nothing|-", "chineseCounting|（%2）|nothing|1", "decimal|%3.|nothing|2", "decimal|（%4）|nothing|3",
                "decimalEnclosedCircle|%5|nothing|4", "lowerLetter|%6.|nothing|5", "lowerLetter|（%7）|nothing|6", "lowerRoman|%8.|nothing|7",
                "lowerRoman|（%9）|nothing|-",
            ]
        },
        {
            "western",
            [
                "upperRoman|%1.|nothing|-", "upperLetter|%2.|nothing|1", "decimal|%3.|nothing|2", "lowerLetter|%4.|nothing|3",
                "decimal|(%5)|nothing|4", "lowerLetter|(%6)|nothing|5", "lowerRoman|%7.|nothing|6", "lowerRoman|(%8)|nothing|7",
                "upperLetter|(%9)|nothing|-",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(LevelsByStyle))]
    public void Each_level_carries_the_styles_format_text_suffix_and_restart(string styleId, string[] expected)
    {
        var levels = Levels(BuiltInStyles.Find(styleId)!.Levels);
        Assert.Equal(expected, levels.Select(Describe));
        // No built-in style puts a decimal chain under a non-decimal level, so none needs legal numbering; every level starts at 1.
        Assert.All(levels, level => Assert.Null(level.IsLegalNumberingStyle));
        Assert.All(levels, level => Assert.Equal(1, level.StartNumberingValue!.Val!.Value));
    }

    [Fact]
    public void No_level_restarts_after_a_level_past_7_which_word_does_not_take()
    {
        var styles = BuiltInStyles.All.Select(style => style.Levels)
            .Append(new LevelFormat[] { new(NumFmt.ChineseCounting, "第%1章 "), new(NumFmt.ChineseCounting, "第%2条 ", Continuous: true) });
        Assert.All(styles.SelectMany(Levels), level => Assert.InRange(level.LevelRestart?.Val?.Value ?? 0, 0, 7));
    }

    [Fact]
    public void A_decimal_level_under_a_chinese_level_uses_legal_numbering()
    {
        LevelFormat[] formats = [new(NumFmt.ChineseCounting, "第%1章 "), new(NumFmt.Decimal, "%1.%2 "), new(NumFmt.ChineseCounting, "（%3）"), new(NumFmt.Decimal, "%4.")];
        var levels = Levels(formats);
        Assert.Equal([false, true, false, false], levels.Take(4).Select(level => level.IsLegalNumberingStyle is not null));
        // The engine's marker is what Word's legal numbering shows: 1.2, not 一.2.
        int[] counters = [1, 2];
        Assert.Equal("1.2 ", NumberingStyle.Render(formats[1], 2, counters, formats));
    }

    [Fact]
    public void The_first_level_starts_where_the_excerpt_starts_and_deeper_levels_at_one()
    {
        var levels = Levels([new(NumFmt.ChineseCounting, "%1、", Start: 5), new(NumFmt.ChineseCounting, "（%2）", Start: 3)]);
        Assert.Equal(5, levels[0].StartNumberingValue!.Val!.Value);
        Assert.All(levels.Skip(1), level => Assert.Equal(1, level.StartNumberingValue!.Val!.Value));
    }

    [Fact]
    public void Levels_past_the_styles_last_repeat_it_counting_their_own_number()
    {
        var levels = Levels([new(NumFmt.ChineseCounting, "%1、"), new(NumFmt.Decimal, "（%2）")]);
        Assert.Equal(["（%3）", "（%4）", "（%9）"], new[] { levels[2], levels[3], levels[8] }.Select(level => level.LevelText!.Val!.Value));
    }

    [Fact]
    public void A_continuous_level_past_the_styles_last_restarts_as_the_engine_counts_it()
    {
        var levels = Levels([new(NumFmt.ChineseCounting, "第%1章 "), new(NumFmt.ChineseCounting, "第%2条 ", Continuous: true)]);
        Assert.Equal(0, levels[1].LevelRestart!.Val!.Value);
        Assert.Equal(2, levels[2].LevelRestart!.Val!.Value);
    }

    [Fact]
    public void The_definition_and_instance_carry_the_ids_they_are_given()
    {
        var (definition, instance) = ListDefinition.Build(BuiltInStyles.Gongwen.Levels, Ids, () => new Indentation());
        Assert.Equal(Ids.AbstractNumId, definition.AbstractNumberId!.Value);
        Assert.Equal(Ids.Nsid, definition.Nsid!.Val!.Value);
        Assert.Equal(MultiLevelValues.Multilevel, definition.MultiLevelType!.Val!.Value);
        Assert.Equal(Ids.NumId, instance.NumberID!.Value);
        Assert.Equal(Ids.AbstractNumId, instance.AbstractNumId!.Val!.Value);
    }

    private static List<Level> Levels(IReadOnlyList<LevelFormat> formats) =>
        [.. ListDefinition.Build(formats, Ids, () => new Indentation { Left = "0", Hanging = "0" }).Definition.Elements<Level>()];

    private static string Describe(Level level) => string.Join('|',
        level.NumberingFormat!.Val!.InnerText,
        level.LevelText!.Val!.Value,
        level.LevelSuffix!.Val!.InnerText,
        level.LevelRestart?.Val?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-");
}
