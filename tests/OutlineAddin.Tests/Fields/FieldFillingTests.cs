using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Outlines.Fields;

namespace OutlineAddin.Tests.Fields;

public class FieldFillingTests
{
    private static OutlineNode Node(string title, params OutlineNode[] children) => new(title, children);

    public static TheoryData<string, string, string[]> Titles() => new()
    {
        { "{单位}{年份}年第{季度}季度工作总结", "某某县委办2026年第四季度工作总结", [] },
        { "{单位}与{单位}", "某某县委办与某某县委办", [] },
        // Missing, blank and unknown names stay as fields, each named once.
        { "{部门}{部门}{其他}", "{部门}{部门}{其他}", ["部门", "其他"] },
        // A value is written once, as given, even when it looks like a field.
        { "{引用}", "{单位}", [] },
        // Braces that are no field (a space, too long a name) are text.
        { "{ 单位 }与{}", "{ 单位 }与{}", [] },
    };

    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["单位"] = "某某县委办", ["年份"] = "2026", ["季度"] = "四", ["部门"] = "  ", ["引用"] = "{单位}",
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void Fills_each_field_that_has_a_value_and_names_the_rest(string title, string filled, string[] unfilled)
    {
        var result = FieldFilling.Fill([Node(title)], Values);
        Assert.Equal(filled, result.Nodes[0].Title);
        Assert.Equal(unfilled, result.Unfilled);
    }

    [Fact]
    public void Fills_the_whole_tree_and_keeps_a_heading_s_own_numbering()
    {
        var own = new LevelFormat(NumFmt.Decimal, "%2.");
        var nodes = new[] { Node("{单位}总结", new OutlineNode("{单位}做法", [Node("{年份}年")], own)) };
        var result = FieldFilling.Fill(nodes, Values);
        Assert.Equal("某某县委办做法", result.Nodes[0].Children[0].Title);
        Assert.Equal("2026年", result.Nodes[0].Children[0].Children[0].Title);
        Assert.Same(own, result.Nodes[0].Children[0].Numbering);
    }
}
