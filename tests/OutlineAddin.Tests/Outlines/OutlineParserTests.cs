using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Tests.Outlines;

public class OutlineParserTests
{
    private static string Tree(string text)
    {
        var result = OutlineParser.Parse(text);
        Assert.True(result.Succeeded, result.Error);
        return OutlineTreeText.Write(result.Nodes);
    }

    private static string Lines(params string[] lines) => string.Join('\n', lines);

    public static TheoryData<string, string> Trees() => new()
    {
        // Skipped level (跳用): 一、 then 1. — the 1. lines are the second level, nothing is forced in.
        { Lines("一、总体要求", "1.指导思想", "2.工作目标", "二、主要任务"),
          Lines("总体要求", "  指导思想", "  工作目标", "主要任务") },
        // The full GB/T 9704 ladder.
        { Lines("一、甲", "（一）乙", "1.丙", "（1）丁", "①戊", "（二）己", "二、庚"),
          Lines("甲", "  乙", "    丙", "      丁", "        戊", "  己", "庚") },
        // Unusual order: the first kind met is the top, whatever it is.
        { Lines("（一）甲", "1.乙", "（二）丙", "1.丁"),
          Lines("甲", "  乙", "丙", "  丁") },
        // An unnumbered line followed by numbered lines is their parent.
        { Lines("加强组织建设", "一是抓班子", "二是抓队伍", "加强作风建设", "一是转作风"),
          Lines("加强组织建设", "  抓班子", "  抓队伍", "加强作风建设", "  转作风") },
        // Wrong forms land on their right form's level.
        { Lines("一、甲", "(一)乙", "（二)丙", "二.丁", "1、戊", "１．己"),
          Lines("甲", "  乙", "  丙", "丁", "  戊", "  己") },
        // A kind met before but off the path returns to its level, unless it ranks below the line there.
        { Lines("一、甲", "（一）乙", "一是丙", "二、丁", "一是戊"),
          Lines("甲", "  乙", "    丙", "丁", "  戊") },
        // Legal text, articles under chapters and sections.
        { Lines("第一章 总则", "第一条 为了规范管理，制定本办法。", "第二章 职责", "第一节 领导小组", "第二条 领导小组负责统筹。"),
          Lines("总则", "  为了规范管理，制定本办法。", "职责", "  领导小组", "    领导小组负责统筹。") },
        // Clause numbers (GB/T 1.1).
        { Lines("1 范围", "2 规范性引用文件", "3 术语和定义", "3.1 提纲", "3.1.1 一级标题", "3.2 编号"),
          Lines("范围", "规范性引用文件", "术语和定义", "  提纲", "    一级标题", "  编号") },
        // Bare numerals that run in sequence are points; 一季度 is not.
        { Lines("一抓好学习教育", "1.集体学习", "二继续加强建设", "三深入推行管理"),
          Lines("抓好学习教育", "  集体学习", "继续加强建设", "深入推行管理") },
        { Lines("一季度工作回顾", "二季度工作安排"),
          Lines("一季度工作回顾", "二季度工作安排") },
        // Western outline.
        { Lines("I. Introduction", "A. Background", "B. Scope", "II. Method", "A. Design"),
          Lines("Introduction", "  Background", "  Scope", "Method", "  Design") },
        // Blank lines, Windows line ends and indentation are only layout.
        { "\uFEFF一、甲\r\n\r\n  （一）乙\r\n\t二、丙\r\n",
          Lines("甲", "  乙", "丙") },
        // A quarterly report whose headings start with quarter numbers: the sequence decides.
        { Lines("一、三季度工作完成情况", "（一）主要指标", "二、存在的问题", "三、四季度工作打算"),
          Lines("三季度工作完成情况", "  主要指标", "存在的问题", "四季度工作打算") },
        { Lines("一、二季度工作回顾", "二、三季度工作安排"),
          Lines("二季度工作回顾", "三季度工作安排") },
        // A prefix pasted from WeChat or a Markdown editor is not part of the title.
        { Lines("## 📌 一、总体要求", "- （一）指导思想", "• 坚持问题导向", "▶️ 二、主要任务"),
          Lines("总体要求", "  指导思想", "    坚持问题导向", "主要任务") },
        // Engineering codes: 1.0.1 is two levels under 1, which makes it 1's child in the tree.
        { Lines("1 总则", "1.0.1 为了统一标准", "1.0.2 本规范适用于新建工程", "2 术语", "2.0.1 提纲"),
          Lines("总则", "  为了统一标准", "  本规范适用于新建工程", "术语", "  提纲") },
        // 章 over 条 whatever order an excerpt meets them in.
        { Lines("第三十条 甲", "第五章 法律责任", "第三十一条 乙"),
          Lines("甲", "法律责任", "  乙") },
    };

    /// <summary>A document pasted whole: which lines are headings and which are kept out as body text.</summary>
    public static TheoryData<string, string, int[]> PastedDocuments() => new()
    {
        // A notice: title, 主送机关 and opening paragraph before the first marker; a sentence after a heading;
        // the signature and date after the last heading's body.
        { Lines("关于开展专项检查的通知", "〔2024〕5号", "各单位：", "为加强管理，现通知如下。", "一、检查范围",
                "本次检查覆盖全部单位，1.5万人参加。", "二、检查内容", "（一）制度建设", "各单位要认真落实。", "XX市办公室", "2024年3月5日"),
          Lines("检查范围", "检查内容", "  制度建设"), [0, 1, 2, 3, 5, 8, 9, 10] },
        // A paragraph of more than 60 characters is body even without a full stop; a short line without one stays a heading.
        { Lines("一、总体要求", new string('文', 61), "主要目标", "二、主要任务"),
          Lines("总体要求", "  主要目标", "主要任务"), [1] },
        // Where the top level is unnumbered (the built-in 党建 outlines), every line is a heading, a sentence included.
        { Lines("以组织建设为基础，发挥政治核心作用", "一是要建设学习型党组织；", "企业党建工作要借助企业文化，为思想政治工作提供新方法。", "一是实现融合；"),
          Lines("以组织建设为基础，发挥政治核心作用", "  要建设学习型党组织；", "企业党建工作要借助企业文化，为思想政治工作提供新方法。", "  实现融合；"), [] },
        // A quotation whose full stop comes before the closing quote is still a sentence.
        { Lines("一、修改内容", "“本条例自公布之日起施行。”", "二、施行日期"),
          Lines("修改内容", "施行日期"), [1] },
    };

    [Theory]
    [MemberData(nameof(PastedDocuments))]
    public void Keeps_the_body_text_of_a_pasted_document_out_and_says_which_lines(string text, string expectedTree, int[] keptOut)
    {
        var result = OutlineParser.Parse(text);
        Assert.Equal(expectedTree, OutlineTreeText.Write(result.Nodes));
        Assert.Equal(keptOut, result.KeptOut);
    }

    [Theory]
    [InlineData("五、甲\n（一）子\n七、乙", 5, new[] { "五、甲", "（一）子", "六、乙" })]
    [InlineData("4 公文用纸主要技术指标\n5 公文用纸幅面尺寸", 4, new[] { "4 公文用纸主要技术指标", "5 公文用纸幅面尺寸" })]
    [InlineData("一、甲\n三、乙", 1, new[] { "一、甲", "二、乙" })]
    public void An_excerpt_keeps_its_first_number_as_authored(string text, int start, string[] rendered)
    {
        var result = OutlineParser.Parse(text);
        Assert.Equal(start, result.Levels[0].Start);
        Assert.Equal(rendered, OutlineRenderer.Render(result.Nodes, result.Levels, asAuthored: true).Select(line => line.Text));
    }

    [Fact]
    public void Captures_a_heading_three_levels_under_its_parent_as_its_child()
    {
        var result = OutlineParser.ParseDocument(
            [new SourceParagraph("总体要求", 1), new SourceParagraph("指导思想", 3), new SourceParagraph("工作目标", 3), new SourceParagraph("主要任务", 1)]);
        Assert.Equal(Lines("总体要求", "  指导思想", "  工作目标", "主要任务"), OutlineTreeText.Write(result.Nodes));
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void Builds_levels_from_the_order_marker_kinds_first_appear(string text, string expectedTree) =>
        Assert.Equal(expectedTree, Tree(text));

    // Each pitfall of the reference, between two real headings: it stays a line of its own, whole.
    [Theory]
    [InlineData("一季度总结")]
    [InlineData("一方面要加强学习")]
    [InlineData("十四五规划")]
    [InlineData("一、二季度累计投资1.5亿元")]
    [InlineData("1.5万人参加培训")]
    [InlineData("3.2%")]
    [InlineData("2024.3.5召开")]
    [InlineData("〔2024〕5号")]
    [InlineData("第三条第（一）项")]
    [InlineData("附件：1.实施方案")]
    [InlineData("一是加强学习；二是改进作风")]
    public void Keeps_a_look_alike_whole_as_an_unnumbered_line(string pitfall)
    {
        var result = OutlineParser.Parse(Lines("一、甲", pitfall, "二、乙"));
        Assert.Equal(Lines("甲", "  " + pitfall, "乙"), OutlineTreeText.Write(result.Nodes));
    }

    [Fact]
    public void Reports_the_detected_style_of_each_level()
    {
        var result = OutlineParser.Parse(Lines("一、甲", "（一）乙", "1.丙", "（1）丁"));
        Assert.Equal(["%1、", "（%2）", "%3.", "（%4）"], result.Levels.Select(level => level.LvlText));
        Assert.Equal(
            [NumFmt.ChineseCounting, NumFmt.ChineseCounting, NumFmt.Decimal, NumFmt.Decimal],
            result.Levels.Select(level => level.NumFmt));
    }

    [Fact]
    public void Detects_the_form_most_lines_of_a_level_use()
    {
        var result = OutlineParser.Parse(Lines("一.甲", "二、乙", "三、丙"));
        Assert.Equal("%1、", result.Levels[0].LvlText);
    }

    public static TheoryData<string, string, int, string> Problems() => new()
    {
        { Lines("一、甲", "三、乙"), ProblemCodes.Gap, 1, "二、" },
        { Lines("一、甲", "一、乙"), ProblemCodes.Duplicate, 1, "二、" },
        { Lines("一、甲", "二、乙", "二、丙"), ProblemCodes.Duplicate, 2, "三、" },
        { Lines("一、甲", "三、乙", "二、丙"), ProblemCodes.OutOfOrder, 2, "三、" },
        { Lines("一、甲", "(一)乙"), ProblemCodes.HalfWidthBracket, 1, "（一）" },
        { Lines("一、甲", "二.乙", "三、丙"), ProblemCodes.NonstandardPunctuation, 1, "二、" },
        { Lines("1、甲"), ProblemCodes.NonstandardPunctuation, 0, "1." },
        { Lines("⑴甲"), ProblemCodes.NonstandardPunctuation, 0, "（1）" },
        // The right form is never reported, however many lines use the wrong one.
        { Lines("（一）甲", "(二)乙", "(三)丙", "(五)丁"), ProblemCodes.Gap, 3, "（四）" },
        // An excerpt keeps its first number: only the gap after it is a problem.
        { Lines("五、甲", "七、乙"), ProblemCodes.Gap, 1, "六、" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Reports_numbering_problems_with_the_line_and_the_fix(string text, string code, int index, string expected)
    {
        var problems = OutlineParser.Parse(text).Problems;
        var problem = Assert.Single(problems, p => p.Code == code);
        Assert.Equal(index, problem.Index);
        Assert.Equal(expected, problem.Expected);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }

    [Fact]
    public void A_clean_outline_has_no_problems() =>
        Assert.Empty(OutlineParser.Parse(Lines("一、甲", "（一）乙", "（二）丙", "二、丁", "（一）戊")).Problems);

    [Fact]
    public void Counts_articles_through_the_whole_text()
    {
        var problems = OutlineParser.Parse(Lines("第一章 总则", "第一条 甲", "第二条 乙", "第二章 附则", "第三条 丙")).Problems;
        Assert.Empty(problems);
    }

    [Fact]
    public void Refuses_an_outline_deeper_than_nine_levels()
    {
        var text = Lines("第一章 甲", "第一节 乙", "第一条 丙", "一、丁", "（一）戊", "1.己", "（1）庚", "①辛", "一是壬", "第一，癸");
        var result = OutlineParser.Parse(text);
        Assert.False(result.Succeeded);
        Assert.Contains("九级", result.Error);
        Assert.Empty(result.Nodes);
    }

    [Fact]
    public void Refuses_more_than_five_thousand_lines()
    {
        var result = OutlineParser.Parse(string.Join('\n', Enumerable.Range(1, OutlineLimits.MaxNodes + 1).Select(n => $"{n}.条目")));
        Assert.False(result.Succeeded);
        Assert.Contains("5000", result.Error);
    }

    [Fact]
    public void Never_throws_on_arbitrary_text()
    {
        const string alphabet = "一二三十百零〇两是要第章节条，、.．,()（）①⑴⒈㈠0123456789１２ 　\t\nIVXaie%〔〕；：年月季万亿附件。#-*•✅\u2002\u200B\u0000\uD800\uD83D\uDCCC\uFEFF";
        var random = new Random(20261125);
        for (var round = 0; round < 5000; round++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            var result = OutlineParser.Parse(text);
            if (result.Succeeded)
            {
                var headings = text.Replace("\r\n", "\n").Split('\n', '\r').Count(line => !string.IsNullOrWhiteSpace(line.TrimStart('\uFEFF')));
                Assert.Equal(headings, OutlineNode.Walk(result.Nodes).Count() + result.KeptOut.Count);
            }
            // The same text as a document, repaired and switched: same length, nothing thrown.
            var paragraphs = OutlineParser.SplitLines(text);
            Assert.Equal(paragraphs.Count, Renumberer.Renumber(paragraphs, null).Paragraphs.Count);
            Assert.Equal(paragraphs.Count, Renumberer.Renumber(paragraphs, BuiltInStyles.Legal).Paragraphs.Count);
        }
    }

    [Fact]
    public void Captures_a_document_s_headings_and_leaves_its_body_text_out()
    {
        var result = OutlineParser.ParseDocument(
        [
            new SourceParagraph("关于开展专项检查的通知"),
            new SourceParagraph("各单位："),
            new SourceParagraph("一、检查范围"),
            new SourceParagraph("本次检查覆盖全部单位。"),
            new SourceParagraph("（一）机关部门"),
            new SourceParagraph("工作安排", OutlineLevel: 1),
            new SourceParagraph("一是加强学习；二是改进作风。"),
        ]);
        Assert.True(result.Succeeded);
        Assert.Equal(Lines("检查范围", "  机关部门", "工作安排"), OutlineTreeText.Write(result.Nodes));
        Assert.Equal(["%1、", "（%2）"], result.Levels.Select(level => level.LvlText));
    }
}
