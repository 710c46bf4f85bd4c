using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>The size an outline may have: what Word's lists and a person's document need, with room to spare.</summary>
public static class OutlineLimits
{
    /// <summary>The UTF-8 text an outline, a pasted text or a document's paragraphs may have.</summary>
    public const int MaxTextBytes = 1024 * 1024;

    /// <summary><see cref="MaxTextBytes"/> as the messages say it: "1 MB".</summary>
    public static readonly string MaxTextSize = $"{MaxTextBytes / (1024 * 1024)} MB";

    /// <summary>A document's paragraphs in one request: a 300-page report has about 5,000; this leaves room without letting one request run away.</summary>
    public const int MaxParagraphs = 20_000;

    public const int MaxNodes = 5000;
    public const int MaxDepth = NumberingStyle.MaxLevels;
    public const int MaxTitleLength = 2000;

    /// <summary>
    /// Lines of a pasted text, empty ones included: 5,000 headings with body text and blank lines between them have
    /// room, while a megabyte of line breaks (a million lines, seconds of CPU to split and analyse) is refused unread.
    /// </summary>
    public const int MaxLines = 50_000;

    /// <summary>Checks a tree a client sent; null when it is within the limits.</summary>
    public static string? Check(IReadOnlyList<OutlineNode> nodes)
    {
        var count = 0;
        foreach (var (node, depth) in OutlineNode.Walk(nodes))
        {
            if (++count > MaxNodes) return $"大纲超过 {MaxNodes} 个条目，请拆分后再提交。";
            if (depth > MaxDepth) return $"大纲超过 {MaxDepth} 级（“{Shorten(node.Title)}”在第 {depth} 级），Word 的编号最多九级。";
            if (node.Title is null) return "有条目缺少标题（title）。";
            if (node.Title.Length > MaxTitleLength) return $"有条目的标题超过 {MaxTitleLength} 个字符。";
            if (node.Children is null) return $"条目“{Shorten(node.Title)}”的 children 不能为 null，没有下级时请给空数组。";
        }
        return null;
    }

    private static string Shorten(string? title) => title is null || title.Length <= 20 ? title ?? "" : title[..20] + "…";
}
