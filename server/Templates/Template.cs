using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Teams;

namespace OutlineAddin.Templates;

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
    IReadOnlyList<string> Tags)
{
    // How Dapper builds one from a row (it picks the constructor whose parameters are the columns): SQLite cannot
    // type a computed scope column when a list comes back empty.
    private TemplateSummary(
        string id, string name, string category, int nodeCount, int version, DateTimeOffset updatedAt, string? teamId, string? updatedBy,
        IReadOnlyList<string> tags)
        : this(id, name, category, nodeCount, version, updatedAt, Scopes.Of(teamId), teamId, updatedBy, tags)
    {
    }
}

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
    // How Dapper builds one from a row; see TemplateSummary's.
    private Template(
        string id, string name, string category, string defaultStyleId, int version, DateTimeOffset updatedAt, string? teamId,
        string? updatedBy, IReadOnlyList<string> tags, IReadOnlyList<LevelFormat> levels, IReadOnlyList<OutlineNode> nodes)
        : this(id, name, category, defaultStyleId, version, updatedAt, Scopes.Of(teamId), teamId, updatedBy, tags, levels, nodes)
    {
    }

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
    TemplateContent Content)
{
    /// <summary>The template as this version made it: its content, stamped by whoever wrote the version and when.</summary>
    public Template ToTemplate(string? teamId) =>
        new(TemplateId, Content.Name, Content.Category, Content.DefaultStyleId, Version, CreatedAt, Scopes.Of(teamId), teamId,
            CreatedBy, Content.Tags, Content.Levels, Content.Nodes);
}

/// <summary>A template in its team's bin.</summary>
public sealed record BinnedTemplate(string Id, string Name, int Version, DateTimeOffset DeletedAt, string DeletedBy);
