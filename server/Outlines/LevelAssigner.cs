namespace OutlineAddin.Outlines;

/// <summary>
/// Gives each numbered line its level from the order in which marker kinds first appear: a kind on the
/// current path returns to its level; a new kind nests under the current line. So skipped levels
/// (一、 straight to 1.) and unusual orders (一是 under （三）) come out as the author meant them.
/// </summary>
public sealed class LevelAssigner
{
    private readonly List<MarkerKind> path = [];
    private readonly Dictionary<MarkerKind, int> firstLevel = [];

    public int Depth => path.Count;

    /// <summary>The level for the next line of this kind (may exceed nine; the caller decides what that means).</summary>
    public int Next(MarkerKind kind)
    {
        var level = LevelFor(kind);
        Place(kind, level);
        return level;
    }

    /// <summary>Puts a line of this kind at a known level: a heading's outline level wins over its marker.</summary>
    public void Place(MarkerKind kind, int level)
    {
        if (path.Count >= level) path.RemoveRange(level - 1, path.Count - level + 1);
        // A Heading 3 straight under a Heading 1 leaves level 2 unknown; nothing returns to it.
        while (path.Count < level - 1) path.Add(new MarkerKind(NumeralSystem.None, MarkerShape.None, -1));
        path.Add(kind);
        firstLevel.TryAdd(kind, level);
    }

    private int LevelFor(MarkerKind kind)
    {
        var onPath = path.LastIndexOf(kind);
        if (onPath >= 0) return onPath + 1;
        if (firstLevel.TryGetValue(kind, out var earlier) && earlier <= path.Count)
        {
            // Met before but off the path: a sibling of the line now at that level, unless it usually ranks below it.
            return kind.Rank > path[earlier - 1].Rank ? path.Count + 1 : earlier;
        }
        return path.Count + 1;
    }
}
