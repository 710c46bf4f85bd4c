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
            foreach (var t in IncreasingRun.Longest(stayed, t => fromOfTo[t])) inPlace[t] = true;
        }
        return inPlace;
    }
}
