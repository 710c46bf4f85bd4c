namespace OutlineAddin.Outlines.Fields;

/// <summary>The fields an outline's titles hold, in order of first appearance, with how often each occurs.</summary>
public static class OutlineFields
{
    public static IReadOnlyList<FieldCount> In(IReadOnlyList<OutlineNode> nodes) =>
        OutlineNode.Walk(nodes)
            .SelectMany(entry => FieldSyntax.Pattern().Matches(entry.Node.Title).Select(match => match.Groups[1].Value))
            .CountBy(name => name, StringComparer.Ordinal)
            .Select(entry => new FieldCount(entry.Key, entry.Value))
            .ToList();
}
