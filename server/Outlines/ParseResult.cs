using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>What the parser made of a text: the tree, the detected style and the problems; or why it could not.</summary>
/// <param name="KeptOut">The lines (counted from 0) read as body text rather than headings.</param>
public sealed record ParseResult(
    IReadOnlyList<OutlineNode> Nodes,
    IReadOnlyList<LevelFormat> Levels,
    IReadOnlyList<OutlineProblem> Problems,
    IReadOnlyList<int> KeptOut,
    string? Error = null,
    string? ErrorField = null)
{
    public bool Succeeded => Error is null;

    /// <param name="field">The input at fault, where one paragraph is (<c>paragraphs[12]</c>); null where the whole is.</param>
    public static ParseResult Failed(string error, string? field = null) => new([], [], [], [], error, field);

    /// <summary>Word numbers nine levels at most: a paragraph nested deeper cannot be numbered.</summary>
    public static string TooDeepMessage(int index) =>
        $"第 {index + 1} 段的编号嵌套到了第十级：Word 的编号最多九级，请合并部分层级后再试。";
}
