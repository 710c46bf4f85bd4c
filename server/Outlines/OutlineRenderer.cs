using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>Writes an outline tree as numbered lines in a numbering style.</summary>
public static class OutlineRenderer
{
    /// <param name="asAuthored">
    /// True to honour headings that carry their own numbering (rendering a template the way it was
    /// written); false to number every heading by the style (switching the convention).
    /// </param>
    public static IReadOnlyList<RenderedLine> Render(IReadOnlyList<OutlineNode> nodes, IReadOnlyList<LevelFormat> levels, bool asAuthored)
    {
        var lines = new List<RenderedLine>();
        var counters = new int[NumberingStyle.MaxLevels];
        // An excerpt's first heading keeps its number (五、 goes on 六、).
        if (levels.Count > 0) counters[0] = levels[0].Start - 1;
        foreach (var (node, depth) in OutlineNode.Walk(nodes))
        {
            Count(counters, depth, levels);
            var style = NumberingStyle.LevelAt(levels, depth);
            var format = asAuthored && node.Numbering is { } own ? own : style;
            lines.Add(new RenderedLine(depth, NumberingStyle.Render(format, depth, counters, levels) + node.Title));
        }
        return lines;
    }

    /// <summary>Counts an item at <paramref name="level"/>: deeper counters restart unless their level is continuous.</summary>
    public static void Count(Span<int> counters, int level, IReadOnlyList<LevelFormat> levels)
    {
        counters[level - 1]++;
        for (var deeper = level; deeper < counters.Length; deeper++)
        {
            var continuous = deeper < levels.Count && levels[deeper].Continuous;
            if (!continuous) counters[deeper] = 0;
        }
    }
}
