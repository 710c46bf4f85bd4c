using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.WordDocuments;

/// <summary>What to write: the outline's nodes, the levels to number by, and whether they are rendered as authored (levels given) or by a style.</summary>
/// <param name="AsAuthored">
/// As <see cref="OutlineRenderer.Render"/> takes it: true honours a heading's own numbering (a template as it was written).
/// </param>
public sealed record WordOutline(
    IReadOnlyList<OutlineNode> Nodes,
    IReadOnlyList<LevelFormat> Levels,
    bool AsAuthored,
    ListNumbering Numbering,
    Typography Typography);
