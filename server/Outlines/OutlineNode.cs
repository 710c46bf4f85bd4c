using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>One heading of an outline, without its marker.</summary>
/// <param name="Numbering">
/// Set only where the author numbered this heading differently from the rest of its level (1. among
/// 一是 siblings' cousins): rendering "as authored" honours it, switching to a style ignores it.
/// </param>
public sealed record OutlineNode(string Title, IReadOnlyList<OutlineNode> Children, LevelFormat? Numbering = null)
{
    public static IEnumerable<(OutlineNode Node, int Depth)> Walk(IEnumerable<OutlineNode> nodes, int depth = 1)
    {
        foreach (var node in nodes)
        {
            yield return (node, depth);
            foreach (var child in Walk(node.Children, depth + 1)) yield return child;
        }
    }
}
