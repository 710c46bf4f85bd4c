using OutlineAddin.Outlines;

namespace OutlineAddin.Tests.Outlines;

public class MarkerRecognizerTests
{
    private static readonly MarkerKind ChineseSeparator = new(NumeralSystem.Chinese, MarkerShape.Separator);
    private static readonly MarkerKind ChineseParen = new(NumeralSystem.Chinese, MarkerShape.Paren);
    private static readonly MarkerKind DecimalSeparator = new(NumeralSystem.Decimal, MarkerShape.Separator);
    private static readonly MarkerKind DecimalParen = new(NumeralSystem.Decimal, MarkerShape.Paren);
    private static readonly MarkerKind Circled = new(NumeralSystem.Circled, MarkerShape.Bare);
    private static readonly MarkerKind ShiYao = new(NumeralSystem.Chinese, MarkerShape.ShiYao);

    public static TheoryData<string, MarkerKind, int, string, bool> Markers() => new()
    {
        // line, kind, value, title left, written the right way
        { "一、加强组织建设", ChineseSeparator, 1, "加强组织建设", true },
        { "十一、其他", ChineseSeparator, 11, "其他", true },
        { "二十三、附则", ChineseSeparator, 23, "附则", true },
        { "一.加强组织建设", ChineseSeparator, 1, "加强组织建设", false },
        { "一．加强组织建设", ChineseSeparator, 1, "加强组织建设", false },
        { "一，加强组织建设", ChineseSeparator, 1, "加强组织建设", false },
        { "（一）内强素质", ChineseParen, 1, "内强素质", true },
        { "(一)内强素质", ChineseParen, 1, "内强素质", false },
        { "（一)内强素质", ChineseParen, 1, "内强素质", false },
        { "(一）内强素质", ChineseParen, 1, "内强素质", false },
        { "（一）、内强素质", ChineseParen, 1, "内强素质", false },
        { "㈢内强素质", ChineseParen, 3, "内强素质", false },
        { "1.加强学习", DecimalSeparator, 1, "加强学习", true },
        { "12.加强学习", DecimalSeparator, 12, "加强学习", true },
        { "1、加强学习", DecimalSeparator, 1, "加强学习", false },
        { "1．加强学习", DecimalSeparator, 1, "加强学习", false },
        { "１．加强学习", DecimalSeparator, 1, "加强学习", false },
        { "⒉加强学习", DecimalSeparator, 2, "加强学习", false },
        { "（1）具体要求", DecimalParen, 1, "具体要求", true },
        { "(1)具体要求", DecimalParen, 1, "具体要求", false },
        { "1）具体要求", DecimalParen, 1, "具体要求", false },
        { "⑴具体要求", DecimalParen, 1, "具体要求", false },
        { "①第一点", Circled, 1, "第一点", true },
        { "⑳第二十点", Circled, 20, "第二十点", true },
        { "①、第一点", Circled, 1, "第一点", false },
        { "一是抓好基层党组织的建立；", ShiYao, 1, "抓好基层党组织的建立；", true },
        { "三要中国共产党章程的学习与测试。", ShiYao, 3, "中国共产党章程的学习与测试。", true },
        { "　　一、缩进的标题", ChineseSeparator, 1, "缩进的标题", true },
        { "一、 多一个空格", ChineseSeparator, 1, "多一个空格", true },
        { "一、一流服务", ChineseSeparator, 1, "一流服务", true },
        // Spaces inside the brackets or before the punctuation: the marker, typed carelessly.
        { "(一 )内强素质", ChineseParen, 1, "内强素质", false },
        { "（ 一 ）内强素质", ChineseParen, 1, "内强素质", false },
        { "（ 1 ）具体要求", DecimalParen, 1, "具体要求", false },
        { "一 、加强组织建设", ChineseSeparator, 1, "加强组织建设", false },
        { "2 、加强学习", DecimalSeparator, 2, "加强学习", false },
        // A prefix pasted from WeChat or a Markdown editor is not the heading: the marker after it is read.
        { "📌一、加强组织建设", ChineseSeparator, 1, "加强组织建设", true },
        { "## 二、加强思想建设", ChineseSeparator, 2, "加强思想建设", true },
        { "• （一）内强素质", ChineseParen, 1, "内强素质", true },
        { "- 1.加强学习", DecimalSeparator, 1, "加强学习", true },
        { "* 1.加强学习", DecimalSeparator, 1, "加强学习", true },
        { "▶️ 三是狠抓落实", ShiYao, 3, "狠抓落实", true },
        { "✅1、加强学习", DecimalSeparator, 1, "加强学习", false },
    };

    [Theory]
    [MemberData(nameof(Markers))]
    public void Recognises_right_and_wrong_forms(string line, MarkerKind kind, int value, string title, bool isCanonical)
    {
        var marker = MarkerRecognizer.Recognize(line);
        Assert.NotNull(marker);
        Assert.Equal(kind, marker.Kind);
        Assert.Equal(value, marker.Value);
        Assert.Equal(title, line[marker.End..]);
        Assert.Equal(isCanonical, marker.IsCanonical);
    }

    [Theory]
    [InlineData("第一章 总则", MarkerShape.Chapter, 1)]
    [InlineData("第十二章　附则", MarkerShape.Chapter, 12)]
    [InlineData("第二节 会议", MarkerShape.Section, 2)]
    [InlineData("第一百零一条 本条例自发布之日起施行。", MarkerShape.Article, 101)]
    [InlineData("第1章 总则", MarkerShape.Chapter, 1)]
    [InlineData("第12条　本办法自印发之日起施行。", MarkerShape.Article, 12)]
    [InlineData("第一，提高站位", MarkerShape.Ordinal, 1)]
    [InlineData("第二、提高站位", MarkerShape.Ordinal, 2)]
    public void Recognises_legal_and_ordinal_markers(string line, MarkerShape shape, int value)
    {
        var marker = MarkerRecognizer.Recognize(line);
        Assert.NotNull(marker);
        Assert.Equal(shape, marker.Kind.Shape);
        Assert.Equal(value, marker.Value);
    }

    [Theory]
    [InlineData("1 范围", 1, 1)]
    [InlineData("3.1 一般要求", 2, 1)]
    [InlineData("4.2.3 试验方法", 3, 3)]
    // After a space a clause is a clause, whatever word follows (the unit guard of 3个方面 needs no space).
    [InlineData("4 公文用纸主要技术指标", 1, 4)]
    [InlineData("5 人员要求", 1, 5)]
    [InlineData("2 个人信息", 1, 2)]
    [InlineData("4　公文用纸主要技术指标", 1, 4)]
    // The article numbers of engineering codes (GB 50xxx, JGJ): a 0 where the chapter has no sections.
    [InlineData("1.0.1 为了在工程建设中贯彻执行国家的技术经济政策", 3, 1)]
    [InlineData("1.0.2为了加强管理", 3, 2)]
    [InlineData("2.1.3 术语", 3, 3)]
    public void Recognises_clause_numbers_followed_by_a_space(string line, int depth, int value)
    {
        var marker = MarkerRecognizer.Recognize(line);
        Assert.NotNull(marker);
        Assert.Equal(MarkerShape.Clause, marker.Kind.Shape);
        Assert.Equal(depth, marker.Kind.ClauseDepth);
        Assert.Equal(value, marker.Value);
    }

    [Theory]
    [InlineData("I. Introduction", NumeralSystem.UpperLetter, 9)] // alone, "I" is read as a letter first; the analysis decides
    [InlineData("II. Scope", NumeralSystem.UpperRoman, 2)]
    [InlineData("B. Details", NumeralSystem.UpperLetter, 2)]
    [InlineData("a) item", NumeralSystem.LowerLetter, 1)]
    [InlineData("(c) item", NumeralSystem.LowerLetter, 3)]
    public void Recognises_latin_markers(string line, NumeralSystem system, int value)
    {
        var marker = MarkerRecognizer.Recognize(line);
        Assert.NotNull(marker);
        Assert.Equal(system, marker.Kind.System);
        Assert.Equal(value, marker.Value);
    }

    // Every pitfall in the reference: they start like a marker and are not one.
    [Theory]
    [InlineData("一季度总结")]
    [InlineData("一方面要加强学习")]
    [InlineData("十四五规划")]
    [InlineData("1.5万人参加培训")]
    [InlineData("3.2%的增长")]
    [InlineData("2024.3.5召开会议")]
    [InlineData("2024.3.5 召开会议")]
    [InlineData("〔2024〕5号")]
    [InlineData("（2024）5号")]
    [InlineData("第三条第（一）项所称的单位")]
    [InlineData("第五条规定的情形")]
    [InlineData("附件：1.实施方案")]
    [InlineData("一是加强学习；二是改进作风；三是狠抓落实。")]
    [InlineData("第一，提高认识；第二，狠抓落实。")]
    [InlineData("统一是前提")]
    [InlineData("1、2、3号文件")]
    [InlineData("3个方面的问题")]
    [InlineData("e.g. an example")]
    [InlineData("第一时间响应")]
    [InlineData("第一节课")]
    [InlineData("第一章节")]
    [InlineData("一要素齐全")]
    [InlineData("30余人参加会议")]
    [InlineData("50公里")]
    [InlineData("90后青年")]
    [InlineData("2024 年工作要点")]
    [InlineData("1.0.1万元")]
    [InlineData("第1名")]
    [InlineData("第12条规定")]
    [InlineData("-5%的降幅")]
    [InlineData("*注：单位为万元")]
    [InlineData("• 加强学习")]
    [InlineData("CD. 光盘")]
    [InlineData("MIX. 混音")]
    [InlineData("")]
    [InlineData("   ")]
    public void Ignores_look_alikes(string line) => Assert.Null(MarkerRecognizer.Recognize(line));

    [Theory]
    [InlineData("一、二季度累计投资1.5亿元")]
    [InlineData("一、二、三等奖各一名")]
    [InlineData("三、四季度工作打算")]
    public void Marks_a_numeral_range_for_the_analysis_to_decide(string line) =>
        Assert.True(MarkerRecognizer.Recognize(line)!.CountsOnlyInSequence);

    [Theory]
    [InlineData("\u200B一、总体要求")]
    [InlineData("\u200F（一）指导思想")]
    [InlineData("\uFEFF1.学习")]
    public void Sees_past_invisible_format_characters(string line) => Assert.NotNull(MarkerRecognizer.Recognize(line));

    [Fact]
    public void Reads_enclosed_glyphs_as_written_not_as_normalised_digits()
    {
        var marker = MarkerRecognizer.Recognize("①加强学习");
        Assert.Equal(NumeralSystem.Circled, marker!.Kind.System);
        // NFKC would have turned ① into a bare 1, which is no marker at all.
        Assert.Null(MarkerRecognizer.Recognize("1加强学习"));
    }
}
