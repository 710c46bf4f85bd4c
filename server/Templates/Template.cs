using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Templates;

/// <summary>Where a template lives: shipped with the product (read-only) or kept by a team.</summary>
public static class TemplateScope
{
    public const string BuiltIn = "builtin";
    public const string Team = "team";
}

/// <summary>A template as listed: enough to choose one, and to see who last changed it and when.</summary>
public sealed record TemplateSummary(
    string Id,
    string Name,
    string Category,
    int NodeCount,
    int Version,
    DateTimeOffset UpdatedAt,
    string Scope,
    string? TeamId,
    string? UpdatedBy,
    IReadOnlyList<string> Tags);

/// <summary>A template with its outline and the style it was written in ("as authored").</summary>
public sealed record Template(
    string Id,
    string Name,
    string Category,
    string DefaultStyleId,
    int Version,
    DateTimeOffset UpdatedAt,
    string Scope,
    string? TeamId,
    string? UpdatedBy,
    IReadOnlyList<string> Tags,
    IReadOnlyList<LevelFormat> Levels,
    IReadOnlyList<OutlineNode> Nodes)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string ETag => TemplateETags.Of(Id, Version);
}

/// <summary>What an editor writes: everything about a template but its identity and history.</summary>
public sealed record TemplateContent(
    string Name,
    string Category,
    IReadOnlyList<string> Tags,
    string DefaultStyleId,
    IReadOnlyList<LevelFormat> Levels,
    IReadOnlyList<OutlineNode> Nodes)
{
    public int NodeCount => OutlineNode.Walk(Nodes).Count();

    [System.Text.Json.Serialization.JsonIgnore]
    public string SearchText => string.Join('\n', OutlineNode.Walk(Nodes).Select(entry => entry.Node.Title).Prepend(Name).Concat(Tags));
}

/// <summary>One entry of a template's history.</summary>
public sealed record TemplateVersionInfo(int Version, string Name, int NodeCount, DateTimeOffset CreatedAt, string CreatedBy, int? RestoredFrom);

/// <summary>A template as it was at one version.</summary>
public sealed record TemplateVersion(
    string TemplateId,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    int? RestoredFrom,
    TemplateContent Content);

/// <summary>A template in its team's bin.</summary>
public sealed record BinnedTemplate(string Id, string Name, int Version, DateTimeOffset DeletedAt, string DeletedBy);
