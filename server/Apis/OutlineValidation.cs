using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlineAddin.Http;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Apis;

/// <summary>Checks an outline tree or a style that a client sent, before anything is rendered or stored.</summary>
public static class OutlineValidation
{
    /// <summary>A missing field is a 400; a tree past the limits a 422; more than 1 MB of text a 413.</summary>
    public static ProblemHttpResult? CheckNodes(IReadOnlyList<OutlineNode?> nodes)
    {
        if (FindMissingField(nodes, "nodes") is { } missing) return ProblemResponses.Invalid(missing.Field, missing.Message);
        var tree = nodes.Cast<OutlineNode>().ToList();
        if (OutlineLimits.Check(tree) is { } tooBig) return ProblemResponses.Unprocessable("大纲超出上限", tooBig);
        if (OutlineNode.Walk(tree).Sum(entry => Encoding.UTF8.GetByteCount(entry.Node.Title)) > OutlinesApi.MaxTextBytes)
        {
            return ProblemResponses.TooLarge("大纲文字超过 1 MB，请拆分后再提交。");
        }
        return null;
    }

    public static ProblemHttpResult? CheckLevels(IReadOnlyList<LevelFormat?> levels)
    {
        if (levels.Count == 0) return ProblemResponses.Invalid("levels", "levels 至少要有一级。");
        if (levels.Count > NumberingStyle.MaxLevels)
        {
            return ProblemResponses.Unprocessable("编号超过九级", $"levels 有 {levels.Count} 级；Word 的编号最多九级。");
        }
        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i] is not { LvlText: { } lvlText }) return ProblemResponses.Invalid($"levels[{i}].lvlText", $"第 {i + 1} 级缺少 lvlText。");
            if (lvlText.Length > 64) return ProblemResponses.Invalid($"levels[{i}].lvlText", $"第 {i + 1} 级的 lvlText 过长。");
            // Word drops a level text that refers to a deeper level, so such a style could never be used in Word.
            if (NumberingStyle.ReferencedLevels(lvlText).Any(n => n > i + 1))
            {
                return ProblemResponses.Invalid($"levels[{i}].lvlText", $"第 {i + 1} 级的 lvlText“{lvlText}”引用了更深的级别。");
            }
        }
        return null;
    }

    private static (string Field, string Message)? FindMissingField(IReadOnlyList<OutlineNode?> nodes, string path)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var field = $"{path}[{i}]";
            if (nodes[i] is not { } node) return (field, $"{field} 不能为 null。");
            if (node.Title is null) return ($"{field}.title", $"{field} 缺少 title。");
            if (node.Children is null) return ($"{field}.children", $"{field} 缺少 children（没有下级时请给空数组）。");
            if (FindMissingField(node.Children!, $"{field}.children") is { } missing) return missing;
        }
        return null;
    }
}
