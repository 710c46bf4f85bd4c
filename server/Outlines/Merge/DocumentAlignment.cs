using System.Text.RegularExpressions;

namespace OutlineAddin.Outlines.Merge;

/// <summary>
/// Which heading of the document is which heading of the version it was inserted from. The document holds that
/// version's headings in that version's order, the user's edits aside (a title reworded, a field filled in, a heading
/// added or deleted), so the two lists are aligned in order, as a diff aligns lines: the titles both have once are
/// anchors, and between two anchors an alignment pairs the most alike headings; then,
/// between two paired headings, the ones left over pair by position where both sides have as many at the same levels
/// (the user reworded those titles). A document heading left unpaired is one the user added.
/// </summary>
internal static class DocumentAlignment
{
    /// <summary>Below this, a reworded title is not taken for the template's by its text alone (its position still may).</summary>
    private const double MinimumSimilarity = 0.5;

    /// <summary>
    /// Past this many heading pairs the alignment compares exact titles only: comparing every pair's bigrams would take
    /// seconds on the largest outlines the limits allow, and outlines that large are templates inserted as they were.
    /// </summary>
    private const long MaxPairsCompared = 250_000;

    /// <returns>For each document heading the template heading it is (-1: the user's own); for each template heading its document heading (-1: not in the document).</returns>
    public static (int[] FromOfHeading, int[] HeadingOfFrom) Align(IReadOnlyList<DocumentHeading> headings, FlatOutline from, CapturedFields fields)
    {
        var patterns = from.Nodes.Select(node => CapturedFields.PatternOf(node.Title)).ToList();
        var fromOfHeading = Enumerable.Repeat(-1, headings.Count).ToArray();
        var headingOfFrom = Enumerable.Repeat(-1, from.Count).ToArray();
        // Titles as numbers, so that most comparisons are of two integers.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var headingTitles = headings.Select(heading => IdOf(ids, heading.Shape.Normalized)).ToArray();
        var fromTitles = from.Titles.Select(title => IdOf(ids, title.Normalized)).ToArray();

        // A title that both lists have exactly once is the same heading (those in order, as a diff's anchors); the alignment
        // only has to search between two of them, which keeps a large outline with a few edits fast.
        var (lastHeading, lastFrom) = (-1, -1);
        foreach (var (h, f) in Anchors(headingTitles, fromTitles).Append((headings.Count, from.Count)))
        {
            AlignBetween(headings, from, patterns, headingTitles, fromTitles, (lastHeading + 1, h), (lastFrom + 1, f), fromOfHeading, headingOfFrom);
            if (h < headings.Count) (fromOfHeading[h], headingOfFrom[f]) = (f, h);
            (lastHeading, lastFrom) = (h, f);
        }
        PairByPosition(headings, from, fromOfHeading, headingOfFrom);

        for (var h = 0; h < headings.Count; h++)
        {
            if (fromOfHeading[h] is var f and >= 0 && patterns[f] is { } pattern) fields.Capture(pattern, headings[h].Title);
        }
        return (fromOfHeading, headingOfFrom);
    }

    private static int IdOf(Dictionary<string, int> ids, string title) => ids.TryGetValue(title, out var id) ? id : ids[title] = ids.Count;

    // The titles found exactly once on each side, as pairs in increasing order on both (the longest such run).
    private static List<(int Heading, int From)> Anchors(int[] headingTitles, int[] fromTitles)
    {
        static Dictionary<int, int> Unique(int[] titles)
        {
            var at = new Dictionary<int, int>();
            var repeated = new HashSet<int>();
            for (var i = 0; i < titles.Length; i++)
            {
                if (!at.TryAdd(titles[i], i)) repeated.Add(titles[i]);
            }
            foreach (var title in repeated) at.Remove(title);
            return at;
        }
        var inFrom = Unique(fromTitles);
        var pairs = Unique(headingTitles).Where(entry => inFrom.ContainsKey(entry.Key)).Select(entry => (Heading: entry.Value, From: inFrom[entry.Key]))
            .OrderBy(pair => pair.Heading).ToList();
        return IncreasingRun.Longest(pairs, pair => pair.From);
    }

    // The alignment of document headings [hStart, hEnd) with template headings [fStart, fEnd) that pairs the most alike.
    private static void AlignBetween(IReadOnlyList<DocumentHeading> headings, FlatOutline from, List<(Regex Pattern, IReadOnlyList<string> Names)?> patterns,
        int[] headingTitles, int[] fromTitles, (int Start, int End) headingRange, (int Start, int End) fromRange, int[] fromOfHeading, int[] headingOfFrom)
    {
        var (n, m) = (headingRange.End - headingRange.Start, fromRange.End - fromRange.Start);
        if (n == 0 || m == 0) return;
        var compareText = (long)n * m <= MaxPairsCompared;

        double Score(int h, int f)
        {
            var sameLevel = headings[h].Level == from.Depths[f];
            if (headingTitles[h] == fromTitles[f]) return sameLevel ? 3 : 2;
            if (!compareText) return 0;
            if (patterns[f] is { } pattern && pattern.Pattern.IsMatch(headings[h].Title.Trim())) return sameLevel ? 3 : 2;
            if (!sameLevel) return 0;
            var similarity = headings[h].Shape.Similarity(from.Titles[f]);
            return similarity >= MinimumSimilarity ? similarity : 0;
        }

        // Best total score of the first i headings against the first j template headings; the choice made at each cell.
        var previous = new double[m + 1];
        var current = new double[m + 1];
        var choice = new byte[(n + 1) * (m + 1)];
        const byte SkipHeading = 1, SkipTemplate = 2, Pair = 3;
        for (var j = 1; j <= m; j++) choice[j] = SkipTemplate;
        for (var i = 1; i <= n; i++)
        {
            current[0] = 0;
            choice[i * (m + 1)] = SkipHeading;
            for (var j = 1; j <= m; j++)
            {
                var (best, how) = (previous[j], SkipHeading);
                if (current[j - 1] > best) (best, how) = (current[j - 1], SkipTemplate);
                var score = Score(headingRange.Start + i - 1, fromRange.Start + j - 1);
                if (score > 0 && previous[j - 1] + score > best) (best, how) = (previous[j - 1] + score, Pair);
                current[j] = best;
                choice[i * (m + 1) + j] = how;
            }
            (previous, current) = (current, previous);
        }

        for (var (i, j) = (n, m); i > 0 || j > 0;)
        {
            switch (choice[i * (m + 1) + j])
            {
                case Pair:
                    var (h, f) = (headingRange.Start + i - 1, fromRange.Start + j - 1);
                    (fromOfHeading[h], headingOfFrom[f]) = (f, h);
                    (i, j) = (i - 1, j - 1);
                    break;
                case SkipHeading: i--; break;
                default: j--; break;
            }
        }
    }

    // Between two paired headings (or an end), the unpaired document headings and template headings pair in order when
    // they are as many and at the same levels: the user reworded them where they stood.
    private static void PairByPosition(IReadOnlyList<DocumentHeading> headings, FlatOutline from, int[] fromOfHeading, int[] headingOfFrom)
    {
        var (h, f) = (0, 0);
        while (h <= headings.Count && f <= from.Count)
        {
            var nextH = h;
            while (nextH < headings.Count && fromOfHeading[nextH] < 0) nextH++;
            var nextF = nextH < headings.Count ? fromOfHeading[nextH] : from.Count;
            var count = nextH - h;
            if (count > 0 && count == nextF - f && Enumerable.Range(0, count).All(k => headings[h + k].Level == from.Depths[f + k]))
            {
                for (var k = 0; k < count; k++) (fromOfHeading[h + k], headingOfFrom[f + k]) = (f + k, h + k);
            }
            (h, f) = (nextH + 1, nextF + 1);
        }
    }
}
