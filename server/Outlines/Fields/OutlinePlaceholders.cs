using System.Globalization;

namespace OutlineAddin.Outlines.Fields;

/// <summary>
/// The habitual blanks of an outline's titles (<see cref="HabitualBlanks"/>), each text once, in order of first
/// appearance, with the field name to offer for it.
/// </summary>
public static class OutlinePlaceholders
{
    /// <summary>What a blank is offered as when the words around it say nothing: 名称1, 名称2, … .</summary>
    public const string UnnamedPrefix = "名称";

    public static IReadOnlyList<Placeholder> In(IReadOnlyList<OutlineNode> nodes)
    {
        var order = new List<string>();
        var found = new Dictionary<string, (int Count, string? Name)>(StringComparer.Ordinal);
        foreach (var (node, _) in OutlineNode.Walk(nodes))
        {
            foreach (var blank in HabitualBlanks.In(node.Title))
            {
                var text = node.Title.Substring(blank.Start, blank.Length);
                // The text holds the word the name comes from, so a text always suggests the same name.
                found.TryGetValue(text, out var seen);
                if (seen.Count == 0) order.Add(text);
                found[text] = (seen.Count + 1, blank.SuggestedName);
            }
        }

        // An unnamed blank gets the first 名称n the outline does not use yet, as a field or as another blank's name.
        var taken = OutlineFields.In(nodes).Select(field => field.Name).ToHashSet(StringComparer.Ordinal);
        var next = 1;
        string Unnamed()
        {
            string name;
            while (!taken.Add(name = UnnamedPrefix + (next++).ToString(CultureInfo.InvariantCulture))) { }
            return name;
        }
        return order.Select(text => new Placeholder(text, found[text].Count, found[text].Name ?? Unnamed())).ToList();
    }
}
