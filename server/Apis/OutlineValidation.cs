using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlineAddin.Http;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Styles;

namespace OutlineAddin.Apis;

/// <summary>Checks an outline tree or a style that a client sent, before anything is rendered or stored.</summary>
public static class OutlineValidation
{
    /// <summary>A tree with the levels to number it by: a style's, or the client's own as authored.</summary>
    public sealed record NumberedOutline(IReadOnlyList<OutlineNode> Nodes, IReadOnlyList<LevelFormat> Levels, bool AsAuthored);

    /// <summary>
    /// The nodes (<see cref="CheckNodes"/>) and exactly one of a style the caller may use (else the 422 of an unknown
    /// style) and levels (<see cref="CheckLevels"/>): what render, and the Word documents of an outline, are made from.
    /// </summary>
    public static async Task<(NumberedOutline? Outline, ProblemHttpResult? Problem)> ReadNumberedAsync(
        IReadOnlyList<OutlineNode?>? nodes, string? styleId, IReadOnlyList<LevelFormat?>? levels, StyleCatalog styles, string? userId,
        CancellationToken cancellationToken)
    {
        if (nodes is null) return (null, ProblemResponses.Invalid("nodes", "缺少字段 nodes：请提供大纲条目数组。"));
        if (CheckNodes(nodes) is { } badNodes) return (null, badNodes);
        var tree = nodes.Cast<OutlineNode>().ToList();

        if ((styleId is null) == (levels is null))
        {
            return (null, ProblemResponses.Invalid("styleId", "请给出 styleId（按编号样式）或 levels（按原样），二者选一。"));
        }
        if (styleId is not null)
        {
            if (await styles.FindAsync(styleId, userId, cancellationToken) is not { } style) return (null, OutlinesApi.UnknownStyle(styleId));
            return (new NumberedOutline(tree, style.Levels, AsAuthored: false), null);
        }
        if (CheckLevels(levels!) is { } badLevels) return (null, badLevels);
        return (new NumberedOutline(tree, levels!.Cast<LevelFormat>().ToList(), AsAuthored: true), null);
    }

    /// <summary>A missing field is a 400; a tree past the limits a 422; more than OutlineLimits.MaxTextBytes of text a 413.</summary>
    /// <param name="field">The request's name for the tree, which the problems name (a merge sends two: from and to).</param>
    public static ProblemHttpResult? CheckNodes(IReadOnlyList<OutlineNode?> nodes, string field = "nodes")
    {
        if (FindMissingField(nodes, field) is { } missing) return ProblemResponses.Invalid(missing.Field, missing.Message);
        var tree = nodes.Cast<OutlineNode>().ToList();
        if (OutlineLimits.Check(tree) is { } tooBig) return ProblemResponses.Unprocessable("大纲超出上限", tooBig);
        long bytes = 0;
        foreach (var (node, depth) in OutlineNode.Walk(tree))
        {
            if (node.Numbering is { } own && CheckLevel(own, depth, $"{field}（“{node.Title}”）.numbering") is { } badNumbering) return badNumbering;
            bytes += Encoding.UTF8.GetByteCount(node.Title) + (node.Numbering?.LvlText.Length ?? 0);
        }
        if (bytes > OutlineLimits.MaxTextBytes) return ProblemResponses.TooLarge($"大纲文字超过 {OutlineLimits.MaxTextSize}，请拆分后再提交。");
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
            if (levels[i] is not { } level) return ProblemResponses.Invalid($"levels[{i}]", $"第 {i + 1} 级不能为 null。");
            if (CheckLevel(level, i + 1, $"levels[{i}]") is { } invalid) return invalid;
        }
        return null;
    }

    private const int MaxLvlTextLength = 64;
    private const int MaxStart = 9999;

    private static ProblemHttpResult? CheckLevel(LevelFormat format, int level, string field)
    {
        if (format.LvlText is not { } lvlText) return ProblemResponses.Invalid($"{field}.lvlText", $"{field} 缺少 lvlText。");
        if (lvlText.Length > MaxLvlTextLength) return ProblemResponses.Invalid($"{field}.lvlText", $"{field} 的 lvlText 超过 {MaxLvlTextLength} 个字符。");
        // A list level's text goes into numbering.xml as an attribute, which cannot carry a control character; a marker needs none.
        if (lvlText.Any(char.IsControl))
        {
            return ProblemResponses.Invalid($"{field}.lvlText", $"{field} 的 lvlText 含控制字符（如换行、制表符），编号文字里不能有。");
        }
        if (format.Start is < 1 or > MaxStart) return ProblemResponses.Invalid($"{field}.start", $"{field} 的 start 须在 1–{MaxStart} 之间。");
        var referenced = NumberingStyle.ReferencedLevels(lvlText).ToList();
        // Word drops a level text that refers to a deeper level, so such a style could never be used in Word.
        if (referenced.Any(n => n > level)) return ProblemResponses.Invalid($"{field}.lvlText", $"{field} 的 lvlText“{lvlText}”引用了更深的级别。");
        if (referenced.Count != referenced.Distinct().Count())
        {
            return ProblemResponses.Invalid($"{field}.lvlText", $"{field} 的 lvlText“{lvlText}”中每个 %n 最多出现一次。");
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
