using OutlineAddin.Outlines;

namespace OutlineAddin.Tests.Outlines;

/// <summary>Writes a tree as indented lines (two spaces a level): easy to read in a fixture and in a failure.</summary>
internal static class OutlineTreeText
{
    public static string Write(IEnumerable<OutlineNode> nodes) =>
        string.Join('\n', OutlineNode.Walk(nodes).Select(entry => new string(' ', 2 * (entry.Depth - 1)) + entry.Node.Title));
}
