using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>What the parser made of a text: the tree, the detected style and the problems; or why it could not.</summary>
public sealed record ParseResult(
    IReadOnlyList<OutlineNode> Nodes,
    IReadOnlyList<LevelFormat> Levels,
    IReadOnlyList<OutlineProblem> Problems,
    string? Error = null)
{
    public bool Succeeded => Error is null;

    public static ParseResult Failed(string error) => new([], [], [], error);
}
