using OutlineAddin.Outlines;
using OutlineAddin.Outlines.Merge;

namespace OutlineAddin.Tests.Outlines.Merge;

/// <summary>
/// The merge's inputs and answer as text a case can be read in: a tree as indented lines (two spaces a level), a
/// document as lines where <c>#2 （一）学习</c> is a heading of outline level 2 and any other line a body paragraph, and
/// the answer as one line per paragraph: origin, level (- for body), @source and text.
/// </summary>
internal static class MergeText
{
    public static IReadOnlyList<OutlineNode> Tree(string indented)
    {
        var roots = new List<OutlineNode>();
        var open = new List<(int Depth, List<OutlineNode> Children)>();
        foreach (var line in Lines(indented))
        {
            var depth = (line.Length - line.TrimStart(' ').Length) / 2 + 1;
            while (open.Count > 0 && open[^1].Depth >= depth) open.RemoveAt(open.Count - 1);
            var node = new OutlineNode(line.Trim(), new List<OutlineNode>());
            (open.Count == 0 ? roots : open[^1].Children).Add(node);
            open.Add((depth, (List<OutlineNode>)node.Children));
        }
        return roots;
    }

    public static IReadOnlyList<SourceParagraph> Document(string lines) =>
        Lines(lines).Select(line => line.Length > 2 && line[0] == '#' && char.IsAsciiDigit(line[1]) && line[2] == ' '
            ? new SourceParagraph(line[3..], line[1] - '0')
            : new SourceParagraph(line)).ToList();

    public static string Describe(IEnumerable<MergedParagraph> paragraphs) => string.Join('\n', paragraphs.Select(paragraph =>
        $"{Origin(paragraph.Origin)} {paragraph.Level?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} @{paragraph.Source?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {paragraph.Text}"));

    public static string Describe(IEnumerable<RemovedHeading> removed) =>
        string.Join('\n', removed.Select(heading => $"{heading.Level} @{heading.Source} {heading.Text}"));

    private static string Origin(MergeOrigin origin) => origin switch
    {
        MergeOrigin.Kept => "kept",
        MergeOrigin.Moved => "moved",
        MergeOrigin.New => "new",
        _ => "removed-kept",
    };

    private static IEnumerable<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(line => line.Trim().Length > 0);
}
