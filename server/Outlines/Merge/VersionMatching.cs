namespace OutlineAddin.Outlines.Merge;

/// <summary>Which heading of the new version each heading of the old one became.</summary>
/// <param name="ToOfFrom">For each old heading, the new heading it became; -1 if the new version removed it.</param>
/// <param name="FromOfTo">For each new heading, the old heading it was; -1 if it is new.</param>
/// <param name="AbsorbedInto">
/// For an old heading the new version removed by merging it into a sibling (加强组织建设 and 加强队伍建设 became
/// 加强组织和队伍建设): the new heading it went into; else -1.
/// </param>
internal sealed record VersionMatch(int[] ToOfFrom, int[] FromOfTo, int[] AbsorbedInto);

/// <summary>
/// Matches the headings of two versions of a template, one to one. First by title: every pair whose titles are alike
/// enough (<see cref="TitleShape.Similarity"/>) is a candidate, scored by that likeness and by how alike their places
/// are (parents, level, position), and the best candidates are taken first, so a reordered, renumbered or moved
/// heading finds itself, and of the two halves of a split heading the more alike keeps it. Then by place: under two
/// headings that match, the children left over between two matched siblings pair in order where both versions have
/// as many there (the template renamed them in place). What is left is new, or removed.
/// </summary>
internal static class VersionMatching
{
    private const double MinimumSimilarity = 0.5;

    /// <summary>Past this many pairs, only headings with the same title are compared (see <see cref="DocumentAlignment"/>).</summary>
    private const long MaxPairsCompared = 250_000;

    /// <summary>A title repeated more often than this (小结 under every section) pairs by its occurrences' order when the outline is too large to compare every pair.</summary>
    private const int MaxRepeatsCompared = 16;

    public static VersionMatch Match(FlatOutline from, FlatOutline to)
    {
        var toOfFrom = Enumerable.Repeat(-1, from.Count).ToArray();
        var fromOfTo = Enumerable.Repeat(-1, to.Count).ToArray();
        var candidates = Candidates(from, to);
        foreach (var (_, f, t) in candidates)
        {
            if (toOfFrom[f] < 0 && fromOfTo[t] < 0) (toOfFrom[f], fromOfTo[t]) = (t, f);
        }
        PairRenamesInPlace(from, to, toOfFrom, fromOfTo);

        var absorbedInto = Enumerable.Repeat(-1, from.Count).ToArray();
        foreach (var (_, f, t) in candidates)
        {
            var survivor = fromOfTo[t];
            if (toOfFrom[f] < 0 && absorbedInto[f] < 0 && survivor >= 0 && from.Parents[survivor] == from.Parents[f]) absorbedInto[f] = t;
        }
        return new VersionMatch(toOfFrom, fromOfTo, absorbedInto);
    }

    // The pairs alike enough to match, best first.
    private static List<(double Score, int From, int To)> Candidates(FlatOutline from, FlatOutline to)
    {
        var candidates = new List<(double Score, int From, int To)>();
        if ((long)from.Count * to.Count <= MaxPairsCompared)
        {
            for (var f = 0; f < from.Count; f++)
            {
                for (var t = 0; t < to.Count; t++)
                {
                    var similarity = from.Titles[f].Similarity(to.Titles[t]);
                    if (similarity >= MinimumSimilarity) candidates.Add((Score(from, to, f, t, similarity), f, t));
                }
            }
        }
        else
        {
            var byTitle = Enumerable.Range(0, to.Count).ToLookup(t => to.Titles[t].Normalized, StringComparer.Ordinal);
            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var f = 0; f < from.Count; f++)
            {
                var title = from.Titles[f].Normalized;
                var same = byTitle[title].ToList();
                var occurrence = occurrences[title] = occurrences.GetValueOrDefault(title) + 1;
                var compared = same.Count <= MaxRepeatsCompared ? same : same.Skip(occurrence - 1).Take(1);
                foreach (var t in compared) candidates.Add((Score(from, to, f, t, 1), f, t));
            }
        }
        // Best first; ties in the order of the outlines, so the answer is the same every time.
        candidates.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.From != b.From ? a.From.CompareTo(b.From) : a.To.CompareTo(b.To));
        return candidates;
    }

    // The title counts most; a like parent next (a heading keeps its section: of two 小结 the one under the same
    // parent), then the same level, the same place among siblings, and the nearer place in the whole outline.
    private static double Score(FlatOutline from, FlatOutline to, int f, int t, double similarity)
    {
        var (fromParent, toParent) = (from.Parents[f], to.Parents[t]);
        var parentsAlike = (fromParent, toParent) switch
        {
            ( < 0, < 0) => 1,
            ( < 0, _) or (_, < 0) => 0,
            _ => from.Titles[fromParent].Similarity(to.Titles[toParent]),
        };
        var sameLevel = from.Depths[f] == to.Depths[t] ? 1 : 0;
        var sameSiblingPlace = SiblingPlace(from, f) == SiblingPlace(to, t) ? 1 : 0;
        var distance = Math.Abs((double)f / from.Count - (double)t / to.Count);
        return similarity + 0.2 * parentsAlike + 0.05 * sameLevel + 0.01 * sameSiblingPlace - 0.001 * distance;
    }

    private static int SiblingPlace(FlatOutline outline, int heading)
    {
        var siblings = outline.ChildrenOf(outline.Parents[heading]);
        for (var i = 0; i < siblings.Count; i++)
        {
            if (siblings[i] == heading) return i;
        }
        return -1;
    }

    // Under each pair of matching parents (the two tops first, then every matched pair in the old version's reading
    // order, so a parent is matched before its children are looked at): the children left over between two matched
    // siblings that kept their order pair in order where both versions have as many there.
    private static void PairRenamesInPlace(FlatOutline from, FlatOutline to, int[] toOfFrom, int[] fromOfTo)
    {
        PairChildren(-1, -1);
        for (var f = 0; f < from.Count; f++)
        {
            if (toOfFrom[f] >= 0) PairChildren(f, toOfFrom[f]);
        }

        void PairChildren(int fromParent, int toParent)
        {
            var (oldChildren, newChildren) = (from.ChildrenOf(fromParent), to.ChildrenOf(toParent));
            var placeInOld = new Dictionary<int, int>();
            for (var i = 0; i < oldChildren.Count; i++) placeInOld[oldChildren[i]] = i;
            var (lastOld, lastNew) = (-1, -1);
            for (var i = 0; i <= newChildren.Count; i++)
            {
                // An anchor: a child matched to a child of the old parent, later than the last anchor in both versions. The end is one too.
                var anchorOld = oldChildren.Count;
                if (i < newChildren.Count)
                {
                    if (fromOfTo[newChildren[i]] is not (>= 0 and var old) || !placeInOld.TryGetValue(old, out anchorOld) || anchorOld <= lastOld) continue;
                }
                var newGap = Enumerable.Range(lastNew + 1, i - lastNew - 1).Select(k => newChildren[k]).Where(t => fromOfTo[t] < 0).ToList();
                var oldGap = Enumerable.Range(lastOld + 1, anchorOld - lastOld - 1).Select(k => oldChildren[k]).Where(f => toOfFrom[f] < 0).ToList();
                if (newGap.Count > 0 && newGap.Count == oldGap.Count)
                {
                    for (var k = 0; k < newGap.Count; k++) (toOfFrom[oldGap[k]], fromOfTo[newGap[k]]) = (newGap[k], oldGap[k]);
                }
                (lastOld, lastNew) = (anchorOld, i);
            }
        }
    }
}
