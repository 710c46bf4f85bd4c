using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Templates;

/// <summary>A built-in template before it is stored: what it is called, its tree and the style it was written in.</summary>
public sealed record TemplateDraft(
    string Id,
    string Name,
    string Category,
    string DefaultStyleId,
    IReadOnlyList<LevelFormat> Levels,
    IReadOnlyList<OutlineNode> Nodes,
    int SortOrder)
{
    public TemplateContent Content => new(Name, Category, [], DefaultStyleId, Levels, Nodes);

    public static TemplateDraft FromParse(string id, string name, string category, ParseResult parsed, int sortOrder)
    {
        var kinds = Enumerable.Range(1, parsed.Levels.Count).Select(level => StyleKinds.KindOf(parsed.Levels, level)).ToList();
        return new TemplateDraft(id, name, category, StyleKinds.Closest(kinds).Id, parsed.Levels, parsed.Nodes, sortOrder);
    }
}
