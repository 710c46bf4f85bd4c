using OutlineAddin.Numbering;

namespace OutlineAddin.Tests.Numbering;

public class ChineseNumeralsTests
{
    // Written out by hand, not computed: the table is the specification.
    private static readonly string[] OneToOneHundredTwenty =
    [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",  // 1–10
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",  // 11–20
        "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八", "二十九", "三十",  // 21–30
        "三十一", "三十二", "三十三", "三十四", "三十五", "三十六", "三十七", "三十八", "三十九", "四十",  // 31–40
        "四十一", "四十二", "四十三", "四十四", "四十五", "四十六", "四十七", "四十八", "四十九", "五十",  // 41–50
        "五十一", "五十二", "五十三", "五十四", "五十五", "五十六", "五十七", "五十八", "五十九", "六十",  // 51–60
        "六十一", "六十二", "六十三", "六十四", "六十五", "六十六", "六十七", "六十八", "六十九", "七十",  // 61–70
        "七十一", "七十二", "七十三", "七十四", "七十五", "七十六", "七十七", "七十八", "七十九", "八十",  // 71–80
        "八十一", "八十二", "八十三", "八十四", "八十五", "八十六", "八十七", "八十八", "八十九", "九十",  // 81–90
        "九十一", "九十二", "九十三", "九十四", "九十五", "九十六", "九十七", "九十八", "九十九", "一百",  // 91–100
        "一百零一", "一百零二", "一百零三", "一百零四", "一百零五", "一百零六", "一百零七", "一百零八", "一百零九", "一百一十",  // 101–110
        "一百一十一", "一百一十二", "一百一十三", "一百一十四", "一百一十五", "一百一十六", "一百一十七", "一百一十八", "一百一十九", "一百二十",  // 111–120
    ];

    public static TheoryData<int, string> Numerals()
    {
        var data = new TheoryData<int, string>();
        for (var n = 1; n <= OneToOneHundredTwenty.Length; n++) data.Add(n, OneToOneHundredTwenty[n - 1]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Numerals))]
    public void Formats_each_number_from_1_to_120(int value, string numeral) =>
        Assert.Equal(numeral, ChineseNumerals.Format(value));

    [Theory]
    [MemberData(nameof(Numerals))]
    public void Parses_each_numeral_from_1_to_120(int value, string numeral) =>
        Assert.Equal(value, ChineseNumerals.Parse(numeral));

    [Theory]
    [InlineData(1000, "一千")]
    [InlineData(1001, "一千零一")]
    [InlineData(1010, "一千零一十")]
    [InlineData(1100, "一千一百")]
    [InlineData(2024, "二千零二十四")]
    [InlineData(9999, "九千九百九十九")]
    public void Formats_thousands_with_a_single_zero_for_each_gap(int value, string numeral)
    {
        Assert.Equal(numeral, ChineseNumerals.Format(value));
        Assert.Equal(value, ChineseNumerals.Parse(numeral));
    }

    [Theory]
    [InlineData("一十", 10)]
    [InlineData("〇", null)]
    [InlineData("十四五", null)]
    [InlineData("一百一", null)]
    [InlineData("二三", null)]
    [InlineData("百", null)]
    [InlineData("零一", null)]
    [InlineData("一百零", null)]
    [InlineData("", null)]
    [InlineData("壹拾贰", 12)]
    public void Reads_only_well_formed_numerals(string numeral, int? expected) =>
        Assert.Equal(expected, ChineseNumerals.Parse(numeral));

    [Theory]
    [InlineData(1, "壹")]
    [InlineData(10, "壹拾")]
    [InlineData(12, "壹拾贰")]
    [InlineData(105, "壹佰零伍")]
    public void Formats_financial_numerals_with_the_leading_one(int value, string numeral) =>
        Assert.Equal(numeral, ChineseNumerals.FormatLegal(value));
}
