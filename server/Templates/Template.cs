using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Templates;

/// <summary>A template as listed: enough to choose one.</summary>
public sealed record TemplateSummary(string Id, string Name, string Category, int NodeCount, int Version, DateTimeOffset UpdatedAt);

/// <summary>A template with its outline and the style it was written in ("as authored").</summary>
public sealed record Template(
    string Id,
    string Name,
    string Category,
    string DefaultStyleId,
    int Version,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<LevelFormat> Levels,
    IReadOnlyList<OutlineNode> Nodes);
