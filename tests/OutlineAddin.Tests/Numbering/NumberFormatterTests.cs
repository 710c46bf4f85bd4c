using OutlineAddin.Numbering;

namespace OutlineAddin.Tests.Numbering;

public class NumberFormatterTests
{
    [Theory]
    [InlineData(NumFmt.Decimal, 12, "12")]
    [InlineData(NumFmt.DecimalFullWidth, 12, "１２")]
    [InlineData(NumFmt.ChineseCounting, 23, "二十三")]
    [InlineData(NumFmt.ChineseCountingThousand, 101, "一百零一")]
    [InlineData(NumFmt.ChineseLegalSimplified, 3, "叁")]
    [InlineData(NumFmt.DecimalEnclosedCircle, 1, "①")]
    [InlineData(NumFmt.DecimalEnclosedCircle, 20, "⑳")]
    [InlineData(NumFmt.DecimalEnclosedCircle, 21, "㉑")]
    [InlineData(NumFmt.DecimalEnclosedCircle, 50, "㊿")]
    [InlineData(NumFmt.DecimalEnclosedCircle, 51, "51")]
    [InlineData(NumFmt.IdeographTraditional, 1, "甲")]
    [InlineData(NumFmt.IdeographTraditional, 10, "癸")]
    [InlineData(NumFmt.UpperLetter, 1, "A")]
    [InlineData(NumFmt.UpperLetter, 27, "AA")]
    [InlineData(NumFmt.LowerLetter, 28, "bb")]
    [InlineData(NumFmt.UpperRoman, 4, "IV")]
    [InlineData(NumFmt.UpperRoman, 1994, "MCMXCIV")]
    [InlineData(NumFmt.LowerRoman, 9, "ix")]
    [InlineData(NumFmt.None, 5, "")]
    public void Renders_a_counter_as_Word_shows_it(NumFmt format, int value, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, format));

    [Theory]
    [InlineData("IV", 4)]
    [InlineData("xii", 12)]
    [InlineData("IIII", 0)]
    [InlineData("VX", 0)]
    [InlineData("ABC", 0)]
    public void Reads_only_canonical_roman_numerals(string text, int expected) =>
        Assert.Equal(expected, NumberFormatter.RomanValue(text));
}
