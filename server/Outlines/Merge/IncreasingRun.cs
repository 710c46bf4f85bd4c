namespace OutlineAddin.Outlines.Merge;

/// <summary>The longest run of items, in their order, whose keys increase: what stayed in order when the rest moved.</summary>
internal static class IncreasingRun
{
    /// <summary>Patience sorting: n log n.</summary>
    public static List<T> Longest<T>(IReadOnlyList<T> items, Func<T, int> key)
    {
        var tails = new List<int>(); // for each run length, the item ending the run of that length with the smallest key
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
        var run = new List<T>(tails.Count);
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i]) run.Add(items[i]);
        run.Reverse();
        return run;
    }
}
