using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Tests.Outlines;

public class RenumbererTests
{
    private static SourceParagraph P(string text, int? outlineLevel = null) => new(text, outlineLevel);

    private static IReadOnlyList<RenumberedParagraph> Renumber(string? styleId, params SourceParagraph[] paragraphs) =>
        Renumberer.Renumber(paragraphs, styleId is null ? null : BuiltInStyles.Find(styleId)!).Paragraphs;

    private static string[] Texts(string? styleId, params string[] lines) =>
        Renumber(styleId, lines.Select(line => P(line)).ToArray()).Select(p => p.Text).ToArray();

    public static TheoryData<string?, string[], string[]> Cases() => new()
    {
        // Switching the convention.
        { "decimal", ["一、甲", "（一）乙", "（二）丙", "二、丁"], ["1 甲", "1.1 乙", "1.2 丙", "2 丁"] },
        { "gongwen", ["1 甲", "1.1 乙", "2 丙"], ["一、甲", "（一）乙", "二、丙"] },
        { "legal", ["一、甲", "（一）乙", "二、丙"], ["第一章 甲", "第一节 乙", "第二章 丙"] },
        { "yishi", ["一、甲", "（一）乙", "（二）丙"], ["一、甲", "一是乙", "二是丙"] },
        // Repairing gaps and duplicates (null keeps the document's own convention).
        { null, ["一、甲", "三、乙", "三、丙"], ["一、甲", "二、乙", "三、丙"] },
        { null, ["一、甲", "（一）乙", "（三）丙", "二、丁", "（五）戊"], ["一、甲", "（一）乙", "（二）丙", "二、丁", "（一）戊"] },
        // Counters restart under each parent.
        { "gongwen", ["一、甲", "（一）乙", "（二）丙", "二、丁", "（三）戊"], ["一、甲", "（一）乙", "（二）丙", "二、丁", "（一）戊"] },
        // Wrong forms become the target's right form (二、's only child, 1、, keeps the skip to 1.).
        { "gongwen", ["一.甲", "(一)乙", "（二)丙", "二，丁", "1、戊", "⑴己"], ["一、甲", "（一）乙", "（二）丙", "二、丁", "1.戊", "（1）己"] },
        // A run-in heading keeps its body text.
        { "gongwen", ["一、总体要求", "（三）强化组织领导。各单位要高度重视，确保落实。"], ["一、总体要求", "（一）强化组织领导。各单位要高度重视，确保落实。"] },
        // The skip of a level (一、 then 1.; （一） then （1）) is accepted practice: the converter keeps it…
        { "gongwen", ["一、甲", "1.乙", "2.丙", "二、丁", "1.戊"], ["一、甲", "1.乙", "2.丙", "二、丁", "1.戊"] },
        { "gongwen", ["一、甲", "（一）乙", "（1）丙"], ["一、甲", "（一）乙", "（1）丙"] },
        // …but a document in another convention is mapped level for level.
        { "gongwen-short", ["一、甲", "（一）乙", "1.丙"], ["一、甲", "1.乙", "（1）丙"] },
        { "gongwen", ["（一）甲", "1.乙"], ["一、甲", "（一）乙"] },
        // A skip is at most one level, and only where a parent's children agree on it.
        { "gongwen", ["一、总体", "①加强", "1.学习内容", "2.学习方法"], ["一、总体", "（一）加强", "1.学习内容", "2.学习方法"] },
        // A law whose first chapter has no sections: articles stay articles and count on through the chapters.
        { null, ["第一章 总则", "第一条 甲", "第二条 乙", "第二章 分则", "第一节 一般规定", "第三条 丙", "第四条 丁", "第二节 特别规定", "第五条 戊", "第三章 附则", "第六条 己"],
                ["第一章 总则", "第一条 甲", "第二条 乙", "第二章 分则", "第一节 一般规定", "第三条 丙", "第四条 丁", "第二节 特别规定", "第五条 戊", "第三章 附则", "第六条 己"] },
        { "legal", ["第一章 总则", "第一条 甲", "第二章 分则", "第一节 一般规定", "第九条 丙", "第三章 附则", "第九条 己"],
                   ["第一章 总则", "第一条 甲", "第二章 分则", "第一节 一般规定", "第二条 丙", "第三章 附则", "第三条 己"] },
        // A short style repeats its last level, each level counting for itself.
        { "decimal", ["一、甲", "（一）乙", "1.丙", "2.丁"], ["1 甲", "1.1 乙", "1.1.1 丙", "1.1.2 丁"] },
        // A right marker keeps the spaces after it; a rewritten one loses them and takes its right form's separator.
        { null, ["一、\t总体要求", "（三）  指导思想", "(二) 工作目标", "1、 学习"], ["一、\t总体要求", "（一）指导思想", "（二）工作目标", "1.学习"] },
        { "decimal", ["一、 总体要求"], ["1 总体要求"] },
        { "gongwen", ["1 范围", "2 术语"], ["一、范围", "二、术语"] },
        // 三、四季度工作打算 continues the numbering; 一、二季度累计… in a paragraph does not.
        { null, ["一、三季度工作完成情况", "一、二季度累计投资1.5亿元。", "二、存在的问题", "三、四季度工作打算", "五、下一步"],
                ["一、三季度工作完成情况", "一、二季度累计投资1.5亿元。", "二、存在的问题", "三、四季度工作打算", "四、下一步"] },
        // Indentation before the marker stays.
        { "gongwen", ["　　一、甲", "　　三、乙"], ["　　一、甲", "　　二、乙"] },
        // Legal articles count on through chapters.
        { null, ["第一章 总则", "第一条 甲", "第二章 附则", "第五条 乙"], ["第一章 总则", "第一条 甲", "第二章 附则", "第二条 乙"] },

        // Repair writes each kind in its right form (GB/T 9704 and the conventions table), never the wrong one most lines use.
        { null, ["(一)甲", "（二)乙", "(三)、丙", "(四 )丁", "（ 五 ）戊"], ["（一）甲", "（二）乙", "（三）丙", "（四）丁", "（五）戊"] },
        { null, ["1、甲", "2、乙", "３．丙", "4．丁"], ["1.甲", "2.乙", "3.丙", "4.丁"] },
        { null, ["一.甲", "二，乙", "三 、丙"], ["一、甲", "二、乙", "三、丙"] },
        { null, ["一、甲", "(1)乙", "2）丙", "⑶丁"], ["一、甲", "（1）乙", "（2）丙", "（3）丁"] },
        { null, ["一、甲", "①、乙", "②.丙"], ["一、甲", "①乙", "②丙"] },
        { null, ["第一、甲", "第二，乙"], ["第一，甲", "第二，乙"] },
        // …keeps the author's own right forms, and only the number changes where the sequence was wrong.
        { null, ["一是甲", "二要乙", "四是丙"], ["一是甲", "二要乙", "三是丙"] },
        // A law numbered right comes back byte for byte, whichever space follows each marker.
        { null, ["第一章　总则", "第一条　为了规范管理，制定本办法。", "第二条 本办法适用于全市。", "第二章　附则", "第三条　本办法自印发之日起施行。"],
                ["第一章　总则", "第一条　为了规范管理，制定本办法。", "第二条 本办法适用于全市。", "第二章　附则", "第三条　本办法自印发之日起施行。"] },
        // An excerpt keeps its first numbers: a part that starts at 五、 goes on 六、; a law excerpt at 第十二条 goes on 第十三条.
        { null, ["五、甲", "七、乙"], ["五、甲", "六、乙"] },
        { null, ["第三章　罚则", "第十二条　甲", "第十四条　乙"], ["第三章　罚则", "第十二条　甲", "第十三条　乙"] },
        { null, ["（三）甲", "（五）乙", "二、丙", "（一）丁"], ["（三）甲", "（四）乙", "二、丙", "（一）丁"] },
        // An excerpt that opens on lower items: the higher kind after them heads the text and keeps its number.
        { null, ["五是甲", "六是乙", "三、丙", "（一）丁"], ["五是甲", "六是乙", "三、丙", "（一）丁"] },
        { null, ["第三十条 甲", "第三十一条 乙", "第五章 法律责任", "第三十二条 丙"], ["第三十条 甲", "第三十一条 乙", "第五章 法律责任", "第三十二条 丙"] },
        // Numbering that runs through the parents (a State Council 意见's （一）…（二十七）) is the author's, not a mistake.
        { null, ["一、甲", "（一）乙", "（二）丙", "二、丁", "（三）戊", "（四）己"], ["一、甲", "（一）乙", "（二）丙", "二、丁", "（三）戊", "（四）己"] },
        // Back to 1 after body text is a second list (one article's two lists; an attachment); straight after its sibling, a slip.
        { null, ["第十八条 个人应当提供下列材料：", "（一）身份证明", "（二）住所证明", "单位应当提供下列材料：", "（一）营业执照", "（三）管理制度"],
                ["第十八条 个人应当提供下列材料：", "（一）身份证明", "（二）住所证明", "单位应当提供下列材料：", "（一）营业执照", "（二）管理制度"] },
        { null, ["一、甲", "（一）子", "（一）丑"], ["一、甲", "（一）子", "（二）丑"] },
        // Clause numbers repair as a chain; engineering codes keep the 0 of a chapter without sections.
        { null, ["1 总则", "1.0.1 为了", "1.0.3 本规范", "2 术语"], ["1 总则", "1.0.1 为了", "1.0.2 本规范", "2 术语"] },
        { null, ["3 术语和定义", "3. 1 字", "3.3 行"], ["3 术语和定义", "3.1 字", "3.2 行"] },
        { "decimal", ["1 总则", "1.0.1 为了", "1.0.2 本规范"], ["1 总则", "1.0.1 为了", "1.0.2 本规范"] },
        // A list of clauses from several chapters (a code's mandatory clauses) skips what it leaves out: taken as written.
        { null, ["3.0.2 甲", "4.1.3 乙", "5.2.1 丙", "5.2.1 丁"], ["3.0.2 甲", "4.1.3 乙", "5.2.1 丙", "5.2.2 丁"] },
        // A clause number with an invisible character in it is still read (and written right).
        { null, ["3 术语", "3.\u200B1 字"], ["3 术语", "3.1 字"] },
        // A decimal look-alike is an item where the numbering runs through it, and a quantity never is.
        { null, ["19.甲", "20.2026年民生实事", "21.5+2就业之家", "22.乙"], ["19.甲", "20.2026年民生实事", "21.5+2就业之家", "22.乙"] },
        { null, ["1.甲", "2.乙", "3.5万人参加培训", "4.丙"], ["1.甲", "2.乙", "3.5万人参加培训", "3.丙"] },

        // Switching: the separator belongs to the marker. The old one goes, the target's comes.
        { "gongwen", ["第一章　总则", "第二章　分则"], ["一、总则", "二、分则"] },
        { "gongwen", ["1. Scope", "2. Terms"], ["一、Scope", "二、Terms"] },
        { "gongwen", ["第一章 Overview", "1. Scope", "2. Terms"], ["一、Overview", "（一）Scope", "（二）Terms"] },
        // A marker the target writes the same way is left as it is, spaces and all.
        { "legal", ["第一章　总则", "第一条　为了"], ["第一章　总则", "第一条　为了"] },
        // A law excerpt that opens on 条, switched to the legal style it is already in, stays as it is.
        { "legal", ["第三十条 甲", "第三十一条 乙", "第五章 丙", "第三十二条 丁"], ["第三十条 甲", "第三十一条 乙", "第五章 丙", "第三十二条 丁"] },
        // A Roman numeral or Latin letter outside a Western outline is not part of the structure: it never changes.
        { "decimal", ["一、总体要求", "III. Major Tasks for 2024", "二、主要任务", "A. 同意"], ["1 总体要求", "III. Major Tasks for 2024", "2 主要任务", "A. 同意"] },
        { "gongwen", ["I. Introduction", "A. Scope", "II. Methods"], ["一、Introduction", "（一）Scope", "二、Methods"] },
        // An excerpt that opens on a look-alike that the numbering runs on from.
        { null, ["三、四季度工作打算", "（一）甲", "四、保障"], ["三、四季度工作打算", "（一）甲", "四、保障"] },
        // …but a decimal needs the item before it: a table of contents copied without spaces is not a list of 4., 5.
        { null, ["4.4信息化………2", "5.2母婴护理员………3", "6.4服务结束………3"], ["4.4信息化………2", "5.2母婴护理员………3", "6.4服务结束………3"] },
        // A prefix pasted from WeChat or Markdown stays where it was; the marker after it is renumbered.
        { "decimal", ["📌一、总体要求", "• （一）指导思想", "## 二、主要任务"], ["📌1 总体要求", "• 1.1 指导思想", "## 2 主要任务"] },
        // Text that is no marker, whatever it holds, never breaks the reading (a lone surrogate after an emoji).
        { "gongwen", ["✅\uD83D一、甲", "二、乙"], ["✅\uD83D一、甲", "二、乙"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rewrites_only_the_markers(string? styleId, string[] before, string[] after) =>
        Assert.Equal(after, Texts(styleId, before));

    [Fact]
    public void Body_text_comes_back_unchanged_and_never_becomes_a_parent()
    {
        var result = Renumber("gongwen",
            P("关于开展专项检查的通知"), P("〔2024〕5号"), P("一、检查范围"), P("本次检查覆盖全部单位，1.5万人参加。"), P("三、检查内容"), P(""));
        Assert.Equal(
            ["关于开展专项检查的通知", "〔2024〕5号", "一、检查范围", "本次检查覆盖全部单位，1.5万人参加。", "二、检查内容", ""],
            result.Select(p => p.Text));
        Assert.Equal([null, null, 1, null, 1, null], result.Select(p => p.Level));
    }

    [Fact]
    public void A_heading_without_a_marker_gets_numbered()
    {
        var result = Renumber("gongwen", P("总体要求", 1), P("指导思想", 2), P("主要任务", 1));
        Assert.Equal(["一、总体要求", "（一）指导思想", "二、主要任务"], result.Select(p => p.Text));
        Assert.Equal([1, 2, 1], result.Select(p => p.Level));
    }

    [Fact]
    public void A_heading_outline_level_wins_over_its_marker()
    {
        var result = Renumber("gongwen", P("一、甲", 1), P("1.乙", 2), P("（一）丙", 2), P("一是丁", 3));
        Assert.Equal(["一、甲", "（一）乙", "（二）丙", "1.丁"], result.Select(p => p.Text));
        Assert.Equal([1, 2, 2, 3], result.Select(p => p.Level));
    }

    [Fact]
    public void An_inline_enumeration_is_body_text()
    {
        var result = Renumber("decimal", P("一、甲"), P("一是加强学习；二是改进作风。"));
        Assert.Equal(["1 甲", "一是加强学习；二是改进作风。"], result.Select(p => p.Text));
        Assert.Null(result[1].Level);
    }

    [Fact]
    public void Reports_what_it_detected_and_what_was_wrong()
    {
        var result = Renumberer.Renumber([P("一、甲"), P("(一)乙"), P("三、丙")], null);
        // The convention it meant, written right: (一) is a half-width （一）.
        Assert.Equal(["%1、", "（%2）"], result.DetectedLevels.Select(level => level.LvlText));
        Assert.Equal([ProblemCodes.HalfWidthBracket, ProblemCodes.Gap], result.Problems.Select(problem => problem.Code));
    }

    [Theory]
    [InlineData("(一)甲", "(二)乙", "（三）丙", "三、丁", "1、戊", "1、己", "⑴庚")]
    [InlineData("第一章 总则", "第一条　甲", "第三条 乙", "第一章 附则", "第五条　丙")]
    [InlineData("一是甲", "三是乙", "二要丙", "①、丁", "③.戊")]
    public void Repair_fixes_all_it_reports_and_a_second_repair_changes_nothing(params string[] lines)
    {
        var first = Renumberer.Renumber(lines.Select(line => P(line)).ToList(), null);
        Assert.NotEmpty(first.Problems);
        var repaired = first.Paragraphs.Select(paragraph => paragraph.Text).ToList();
        // Every line reported changed, and every changed line was reported.
        Assert.Equal(
            Enumerable.Range(0, lines.Length).Where(i => repaired[i] != lines[i]),
            first.Problems.Select(problem => problem.Index).Distinct().Order());

        var second = Renumberer.Renumber(repaired.Select(line => P(line)).ToList(), null);
        Assert.Empty(second.Problems);
        Assert.Equal(repaired, second.Paragraphs.Select(paragraph => paragraph.Text));
    }

    [Fact]
    public void Repair_leaves_a_heading_without_a_number_alone_and_counts_around_it()
    {
        // A title styled Heading 1 and an attachment heading are the author's: no number, and none taken from the items.
        var result = Renumberer.Renumber([P("工作方案", 1), P("一、甲", 1), P("二、乙", 1), P("附件", 1), P("三、丙", 1)], null);
        Assert.Equal(["工作方案", "一、甲", "二、乙", "附件", "三、丙"], result.Paragraphs.Select(p => p.Text));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_number_back_at_1_after_an_ordinary_paragraph_is_a_slip_and_is_repaired()
    {
        var result = Renumberer.Renumber([P("一、总体要求"), P("正文。"), P("二、主要任务"), P("正文。"), P("一、保障措施")], null);
        Assert.Equal("三、保障措施", result.Paragraphs[4].Text);
        Assert.Equal(ProblemCodes.OutOfOrder, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void A_heading_three_levels_under_its_parent_is_its_child_in_every_style()
    {
        SourceParagraph[] document = [P("总体要求", 1), P("指导思想", 3), P("工作目标", 3), P("主要任务", 1)];
        Assert.Equal(["1 总体要求", "1.1 指导思想", "1.2 工作目标", "2 主要任务"], Renumber("decimal", document).Select(p => p.Text));
        Assert.Equal(["一、总体要求", "（一）指导思想", "（二）工作目标", "二、主要任务"], Renumber("gongwen", document).Select(p => p.Text));
        // Word keeps each paragraph's own heading level.
        Assert.Equal([1, 3, 3, 1], Renumber("decimal", document).Select(p => p.Level));
    }

    [Fact]
    public void A_selection_switched_to_a_style_the_rest_of_the_document_is_not_in_says_so()
    {
        SourceParagraph[] document = [P("一、甲"), P("（一）子"), P("二、乙"), P("（一）子"), P("三、丙")];
        var result = Renumberer.Renumber(document, BuiltInStyles.Legal, 2..4);
        Assert.Equal(["一、甲", "（一）子", "第二章 乙", "第一节 子", "三、丙"], result.Paragraphs.Select(p => p.Text));
        var problem = Assert.Single(result.Problems, p => p.Code == ProblemCodes.SelectionStyleMismatch);
        Assert.Equal((0, "一、", "第一章"), (problem.Index, problem.Found, problem.Expected));
        Assert.Contains("选区外", problem.Message);

        // The same selection in the style the document is in has nothing to say.
        Assert.DoesNotContain(Renumberer.Renumber(document, BuiltInStyles.Gongwen, 2..4).Problems, p => p.Code == ProblemCodes.SelectionStyleMismatch);
        // Nor has the whole document switched.
        Assert.DoesNotContain(Renumberer.Renumber(document, BuiltInStyles.Legal).Problems, p => p.Code == ProblemCodes.SelectionStyleMismatch);
        // Nor has a selection of body text only, which converts nothing.
        SourceParagraph[] withBody = [P("一、甲"), P("正文。"), P("二、乙")];
        Assert.DoesNotContain(Renumberer.Renumber(withBody, BuiltInStyles.Legal, 1..2).Problems, p => p.Code == ProblemCodes.SelectionStyleMismatch);
    }

    [Fact]
    public void Keeps_the_length_and_order_of_a_large_document()
    {
        var paragraphs = Enumerable.Range(0, 3000)
            .Select(i => (i % 3) switch { 0 => P($"{ChineseNumerals.Format(i / 3 + 1)}、标题{i}"), 1 => P($"正文{i}"), _ => P($"（一）小标题{i}") })
            .ToArray();
        var result = Renumber("gongwen", paragraphs);
        Assert.Equal(paragraphs.Length, result.Count);
        Assert.All(result.Where((_, i) => i % 3 == 1), p => Assert.Null(p.Level));
        Assert.Equal("一千、标题2997", result[2997].Text);
    }

    [Fact]
    public void A_selection_goes_on_from_the_numbering_before_it_and_nothing_outside_changes()
    {
        SourceParagraph[] document = [P("一、甲"), P("（一）子"), P("二、乙"), P("五、丙"), P("（三）子"), P("七、丁")];
        var result = Renumberer.Renumber(document, null, 3..5).Paragraphs;
        Assert.Equal(["一、甲", "（一）子", "二、乙", "三、丙", "（一）子", "七、丁"], result.Select(p => p.Text));
        Assert.Equal([1, 2, 1, 1, 2, 1], result.Select(p => p.Level));
    }

    [Fact]
    public void A_paragraph_word_numbers_itself_is_never_given_a_second_marker()
    {
        SourceParagraph[] document = [new("总体要求", 1, NumberedByWord: true), P("（三）指导思想"), new("主要任务", 1, NumberedByWord: true)];
        var result = Renumberer.Renumber(document, BuiltInStyles.Gongwen).Paragraphs;
        Assert.Equal(["总体要求", "（一）指导思想", "主要任务"], result.Select(p => p.Text));
        Assert.Equal([1, 2, 1], result.Select(p => p.Level));
    }
}
