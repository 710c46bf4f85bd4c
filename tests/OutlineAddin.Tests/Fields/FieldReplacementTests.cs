using OutlineAddin.Outlines;
using OutlineAddin.Outlines.Fields;

namespace OutlineAddin.Tests.Fields;

public class FieldReplacementTests
{
    private static string Replace(string title, params (string Text, string Name)[] replacements) =>
        FieldReplacement.Replace([new OutlineNode(title, [])], replacements.Select(r => new TextReplacement(r.Text, r.Name)).ToList()).Nodes[0].Title;

    public static TheoryData<string, (string, string)[], string> Cases() => new()
    {
        // Filled values go back to fields (capture), the longest first.
        { "某某县委办2026年第四季度工作总结", [("某某县委办", "单位"), ("2026", "年份"), ("四", "季度")], "{单位}{年份}年第{季度}季度工作总结" },
        { "某某县委办与某某县", [("某某县", "县"), ("某某县委办", "单位")], "{单位}与{县}" },
        // A number is not matched inside a longer one.
        { "2026年与12026号", [("2026", "年份")], "{年份}年与12026号" },
        { "11月与2011年", [("11", "月份")], "{月份}月与2011年" },
        // A placeholder as offered: a unit's word goes with the blank, a year's stays.
        { "XX县XX年工作总结", [("XX县", "单位"), ("XX年", "年份")], "{单位}{年份}年工作总结" },
        { "第X季度要点", [("X季度", "季度")], "第{季度}季度要点" },
        // A bare blank replaces blanks of its exact length only, wherever they stand, never part of a word.
        { "XX县XXX活动XXL号", [("XX", "名称")], "{名称}县XXX活动XXL号" },
        { "XXX活动与XX县", [("XXX", "活动")], "{活动}活动与XX县" },
        // Existing fields are never matched into.
        { "{单位}单位", [("单位", "名称")], "{单位}{名称}" },
        // Nothing found: the title as it was.
        { "甲乙丙", [("丁", "名称")], "甲乙丙" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Turns_texts_into_fields(string title, (string, string)[] replacements, string expected)
    {
        Assert.Equal(expected, Replace(title, replacements));
    }

    [Fact]
    public void Counts_each_name_over_the_tree_in_the_order_asked_with_0_for_a_text_not_found()
    {
        var nodes = new[] { new OutlineNode("某某县委办总结", [new OutlineNode("某某县委办XX年做法", [])]) };
        var result = FieldReplacement.Replace(nodes, [new("没有", "其他"), new("某某县委办", "单位"), new("XX年", "年份"), new("某某", "单位")]);
        Assert.Equal([new FieldCount("其他", 0), new FieldCount("单位", 2), new FieldCount("年份", 1)], result.Replaced);
        Assert.Equal("{单位}{年份}年做法", result.Nodes[0].Children[0].Title);
    }

    [Fact]
    public void What_is_offered_and_replaced_fills_back_to_the_text_it_came_from()
    {
        var title = "XX县XX年第X季度XX部门“XXX”工作总结";
        var nodes = new[] { new OutlineNode(title, []) };
        var offered = OutlinePlaceholders.In(nodes);
        var replaced = FieldReplacement.Replace(nodes, offered.Select(p => new TextReplacement(p.Text, p.SuggestedName)).ToList());
        Assert.Equal("{单位}{年份}年第{季度}季度{部门}“{名称1}”工作总结", replaced.Nodes[0].Title);
        var values = new Dictionary<string, string> { ["单位"] = "XX县", ["年份"] = "XX", ["季度"] = "X", ["部门"] = "XX部门", ["名称1"] = "XXX" };
        Assert.Equal(title, FieldFilling.Fill(replaced.Nodes, values).Nodes[0].Title);
    }
}
