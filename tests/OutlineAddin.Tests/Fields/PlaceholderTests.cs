using OutlineAddin.Outlines;
using OutlineAddin.Outlines.Fields;
using OutlineAddin.Templates;
using OutlineAddin.Tests.Corpus;

namespace OutlineAddin.Tests.Fields;

/// <summary>Which habitual blanks of 公文 titles are offered as fields, and under which name.</summary>
public class PlaceholderTests
{
    private static OutlineNode Node(string title, params OutlineNode[] children) => new(title, children);

    private static string[] Offered(string title) =>
        OutlinePlaceholders.In([Node(title)]).Select(placeholder => $"{placeholder.Text}→{placeholder.SuggestedName}").ToArray();

    public static TheoryData<string, string[]> Titles() => new()
    {
        // The word after the blank names it: a unit, a department, a year, a quarter, a month.
        { "XX县2026年工作总结", ["XX县→单位"] },
        { "XX局关于XX年度安全生产工作的报告", ["XX局→单位", "XX年→年份"] },
        { "XX单位XX部门工作安排", ["XX单位→单位", "XX部门→部门"] },
        { "××市××区××科工作要点", ["××市→单位", "××区→单位", "××科→部门"] },
        { "○○单位○○处学习计划", ["○○单位→单位", "○○处→部门"] },
        { "某某县委办公室关于某某同志任职的通知", ["某某县→单位", "某某→名称1"] },
        { "ＸＸ县xx局联合检查方案", ["ＸＸ县→单位", "xx局→单位"] },
        // A single X before a time word is one digit: 第X季度, X月X日.
        { "第X季度工作要点", ["X季度→季度"] },
        { "XX年第X季度经济运行分析", ["XX年→年份", "X季度→季度"] },
        { "X月X日会议纪要", ["X月→月份", "X日→名称1"] },
        { "XX月XX日至XX月XX日安排", ["XX月→月份", "XX日→名称1"] },
        // Nothing around them says what they are: 名称1, 名称2, in order.
        { "开展学习实践“XXX”活动", ["XXX→名称1"] },
        { "关于□□□的请示（××号）", ["□□□→名称1", "××→名称2"] },
        // Not blanks: a Latin word or a Roman numeral, a number written in Chinese, a product of numbers, a field.
        { "XXL号服装采购清单", [] },
        { "Excel表格使用培训", [] },
        { "Windows XP系统升级", [] },
        { "迎接XXI世纪的挑战", [] },
        { "XX世纪90年代的改革", [] },
        { "见附件XX.3条", [] },
        { "（XX）", [] },
        { "X光机采购", [] },
        { "二〇〇〇年工作回顾", [] },
        { "二○○六年以来的变化", [] },
        { "建校一〇〇周年", [] },
        { "3×3篮球赛", [] },
        { "规格2××4", [] },
        { "{XX}与{某某}", [] },
        { "某地工作", [] },
        { "○一二", [] },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void Offers_the_habitual_blanks_of_a_title_with_the_name_the_words_around_them_suggest(string title, string[] expected)
    {
        Assert.Equal(expected, Offered(title));
    }

    [Fact]
    public void Counts_each_text_once_over_the_whole_tree_and_skips_the_names_already_used_as_fields()
    {
        var nodes = new[] { Node("XX县{名称1}工作", Node("XX县XXX情况"), Node("XXX与XX县")) };
        var offered = OutlinePlaceholders.In(nodes);
        Assert.Equal([new Placeholder("XX县", 3, "单位"), new Placeholder("XXX", 2, "名称2")], offered);
    }

    [Fact]
    public void In_the_built_in_library_the_quoted_campaign_name_and_the_blanked_name_of_a_dream_are_offered()
    {
        // Seed 2 writes 开展学习实践“XXX”活动 and seed 15 深化对XX梦的学习宣传: blanks the writer fills, so they are offered
        // (named 名称1, nothing around them says more); the built-ins' own text stays as the users wrote it.
        var offered = SeedLibrary.Load()
            .Select(template => (template.Id, Placeholders: OutlinePlaceholders.In(template.Nodes)))
            .Where(entry => entry.Placeholders.Count > 0)
            .Select(entry => $"{entry.Id}: {string.Join(", ", entry.Placeholders.Select(p => $"{p.Text}×{p.Count}→{p.SuggestedName}"))}")
            .ToList();
        Assert.Equal(["builtin-02: XXX×1→名称1", "builtin-15: XX×1→名称1"], offered);
    }

    [Fact]
    public void Real_documents_of_the_corpus_offer_only_the_blank_their_publisher_left()
    {
        // Laws, reports and notices as published: their X are Roman numerals, Latin words and names, not blanks, except
        // in the plan whose publisher redacted the day (每月X日; its X公司 is one letter before no time word, so not offered).
        var offered = CorpusDocument.Names()
            .Select(CorpusDocument.Load)
            .SelectMany(document => document.Text.SelectMany(line => HabitualBlanks.In(line).Select(blank => $"{document.Name}: {line.Substring(blank.Start, blank.Length)}")))
            .Distinct()
            .ToList();
        Assert.Equal(["073-qiye-zhutidangri-jihua: X日"], offered);
    }
}
