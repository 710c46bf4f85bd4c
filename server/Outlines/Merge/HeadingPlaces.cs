namespace OutlineAddin.Outlines.Merge;

/// <summary>
/// Which headings of the new version stand where they stood (<see cref="MergeOrigin.Kept"/>) rather than
/// <see cref="MergeOrigin.Moved"/>. A heading is in place when its parent is the heading its old parent became (or both
/// are top headings) and it is among the most siblings that are still in their old order: of two swapped siblings
/// one moved, not both; of a heading moved from the end to the front, only that heading.
/// </summary>
internal static class HeadingPlaces
{
    /// <param name="placed">The new headings to judge (matched to an old heading the document has); the rest are never in place.</param>
    public static bool[] InPlace(FlatOutline from, FlatOutline to, IReadOnlyList<int> fromOfTo, Func<int, bool> placed)
    {
        var inPlace = new bool[to.Count];
        for (var parent = -1; parent < to.Count; parent++)
        {
            var oldParent = parent < 0 ? -1 : fromOfTo[parent];
            if (parent >= 0 && oldParent < 0) continue;
            // Siblings in the old version come in reading order, so their indices there are their old order.
            var stayed = to.ChildrenOf(parent).Where(t => placed(t) && from.Parents[fromOfTo[t]] == oldParent).ToList();
            foreach (var t in LongestIncreasingRun(stayed, t => fromOfTo[t])) inPlace[t] = true;
        }
        return inPlace;
    }

    // The longest subsequence whose keys increase (patience sorting, n log n).
    private static IEnumerable<int> LongestIncreasingRun(List<int> items, Func<int, int> key)
    {
        var tails = new List<int>(); // index into items of the smallest tail of each run length
        var previous = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var (low, high) = (0, tails.Count);
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (key(items[tails[middle]]) < key(items[i])) low = middle + 1;
                else high = middle;
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count) tails.Add(i);
            else tails[low] = i;
        }
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i]) yield return items[i];
    }
}
