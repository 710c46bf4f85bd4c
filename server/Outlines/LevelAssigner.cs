namespace OutlineAddin.Outlines;

/// <summary>
/// Gives each numbered line its level from the order in which marker kinds first appear: a kind on the
/// current path returns to its level; a new kind nests under the current line. So skipped levels
/// (一、 straight to 1.) and unusual orders (一是 under （三）) come out as the author meant them.
/// Clause numbers (1.2.3) are the exception: they state their own depth.
/// </summary>
public sealed class LevelAssigner
{
    private readonly List<MarkerKind> path = [];
    private readonly Dictionary<MarkerKind, int> firstLevel = [];

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
        if (kind.Shape == MarkerShape.Clause && ClauseLevel(kind) is int clauseLevel) return clauseLevel;
        var onPath = path.LastIndexOf(kind);
        if (onPath >= 0) return onPath + 1;
        if (firstLevel.TryGetValue(kind, out var earlier) && earlier <= path.Count)
        {
            // Met before but off the path: a sibling of the line now at that level, unless it usually ranks below it.
            return kind.Rank > path[earlier - 1].Rank ? path.Count + 1 : earlier;
        }
        if (!firstLevel.ContainsKey(kind) && HeadsAnExcerpt(kind)) return 1;
        return path.Count + 1;
    }

    // An excerpt that opens on lower items (六是…, then 三、; 第三十条…, then 第五章): a new kind that ranks above
    // everything on the path heads the text, beside the lines that came before it. Not where the text opened
    // on a heading's own kind (一、 … then a quoted 第九条： stays inside its item).
    private bool HeadsAnExcerpt(MarkerKind kind)
    {
        if (!kind.IsNumbered || path.Count == 0 || !path.All(onPath => onPath.IsNumbered && kind.Rank < onPath.Rank)) return false;
        var opensOnALowerItem = path[0].Rank > new MarkerKind(NumeralSystem.Chinese, MarkerShape.Separator).Rank;
        return opensOnALowerItem || (kind.IsLegalDivision && path[0].IsLegalDivision);
    }

    // A clause number says its own depth: 1.0.1 sits two levels below the 1 it belongs to, 5 beside 4
    // after 4.1.2. Measured from the nearest clause on the path; null when there is none.
    private int? ClauseLevel(MarkerKind kind)
    {
        for (var i = path.Count - 1; i >= 0; i--)
        {
            if (path[i].Shape != MarkerShape.Clause) continue;
            return Math.Max(1, i + 1 + kind.ClauseDepth - path[i].ClauseDepth);
        }
        return null;
    }
}
