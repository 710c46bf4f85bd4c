namespace OutlineAddin.Outlines.Fields;

/// <summary>An outline with its fields filled in, and the fields left as they were for want of a value.</summary>
public sealed record FilledOutline(IReadOnlyList<OutlineNode> Nodes, IReadOnlyList<string> Unfilled);

/// <summary>Puts values in the fields of an outline's titles; a field without a value (or with a blank one) stays <c>{名称}</c>.</summary>
public static class FieldFilling
{
    /// <remarks>One pass over each title: a value that itself looks like a field (<c>{单位}</c>) is written as given, never filled again.</remarks>
    public static FilledOutline Fill(IReadOnlyList<OutlineNode> nodes, IReadOnlyDictionary<string, string> values)
    {
        var unfilled = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<OutlineNode> FillAll(IReadOnlyList<OutlineNode> level) => level.Select(node => node with
        {
            Title = FieldSyntax.Pattern().Replace(node.Title, match =>
            {
                var name = match.Groups[1].Value;
                if (values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)) return value;
                if (seen.Add(name)) unfilled.Add(name);
                return match.Value;
            }),
            Children = FillAll(node.Children),
        }).ToList();
        return new FilledOutline(FillAll(nodes), unfilled);
    }
}
