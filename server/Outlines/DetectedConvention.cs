using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>
/// The numbering a text was written in, written right: for each level the kind most of its lines use,
/// and for every kind found at a level its right form (<c>（%）</c> even where most lines wrote <c>(%)</c>).
/// Where a kind has several right forms (一是 and 一要; 第一章 with or without a space), the one its lines
/// use most.
/// </summary>
public sealed class DetectedConvention
{
    private readonly Dictionary<(int Level, MarkerKind Kind), (LevelFormat Format, string Form)> byKind;

    private DetectedConvention(IReadOnlyList<LevelFormat> levels, IReadOnlyList<MarkerKind> dominantKinds,
        Dictionary<(int Level, MarkerKind Kind), (LevelFormat Format, string Form)> byKind)
    {
        Levels = levels;
        DominantKinds = dominantKinds;
        this.byKind = byKind;
    }

    /// <summary>The detected style, level 1 first; an unnumbered level is <see cref="LevelFormat.Unnumbered"/>.</summary>
    public IReadOnlyList<LevelFormat> Levels { get; }

    /// <summary>The kind most lines of each level use (level 1 first).</summary>
    public IReadOnlyList<MarkerKind> DominantKinds { get; }

    public LevelFormat FormatFor(int level, MarkerKind kind) =>
        byKind.TryGetValue((level, kind), out var entry) ? entry.Format : Levels[level - 1];

    /// <summary>The right form of this kind at this level, with % for the number.</summary>
    public string FormOf(int level, MarkerKind kind) => byKind[(level, kind)].Form;

    public static DetectedConvention From(IReadOnlyList<AnalyzedLine> lines)
    {
        // One pass over the lines: how often each kind appears on each level, and each way it is written.
        var kinds = new Tally<(int Level, MarkerKind Kind)>();
        var forms = new Tally<(int Level, MarkerKind Kind, string Form, NumFmt NumFmt)>();
        var runs = new RunsAcrossParents();
        var depth = 0;
        Marker? firstTop = null;
        foreach (var line in lines)
        {
            if (line.Level is not int level) continue;
            depth = Math.Max(depth, level);
            runs.Meet(level, line.Marker);
            if (line.Marker is not { } marker) continue;
            if (level == 1) firstTop ??= marker;
            kinds.Add((level, marker.Kind));
            // A wrong form counts as its kind's right one; full-width digits count as digits.
            var numFmt = marker.NumFmt == NumFmt.DecimalFullWidth ? NumFmt.Decimal : marker.NumFmt;
            forms.Add((level, marker.Kind, marker.RightForm, numFmt));
        }

        var byKind = new Dictionary<(int, MarkerKind), (LevelFormat, string)>();
        foreach (var (level, kind) in kinds.Keys)
        {
            var (_, _, form, numFmt) = forms.MostCommon(key => key.Level == level && key.Kind == kind)!.Value;
            // Articles of a law count on through its chapters; so do the （一）…（二十七） of a State Council 意见.
            var continuous = kind.Shape == MarkerShape.Article || runs.Continues(level, kind);
            byKind[(level, kind)] = (new LevelFormat(numFmt, kind.LvlText(form, level), continuous), form);
        }
        var dominantKinds = new List<MarkerKind>(depth);
        var levels = new List<LevelFormat>(depth);
        for (var level = 1; level <= depth; level++)
        {
            var dominant = kinds.MostCommon(key => key.Level == level)?.Kind ?? MarkerKind.Unnumbered;
            dominantKinds.Add(dominant);
            levels.Add(dominant.IsNumbered ? byKind[(level, dominant)].Item1 : LevelFormat.Unnumbered);
        }
        // A text that starts at 五、 is an excerpt: rendered as written, it starts there too.
        if (firstTop is { Value: > 1 } && firstTop.Kind == dominantKinds[0]) levels[0] = levels[0] with { Start = firstTop.Value };
        return new DetectedConvention(levels, dominantKinds, byKind);
    }

    /// <summary>
    /// Whether a kind's numbering goes on under the next parent (二、 followed by （三）) instead of starting
    /// again at 1: many 意见 and 规则 number their second level straight through the whole text. Continuous
    /// only where it goes on at least once and never starts again.
    /// </summary>
    private sealed class RunsAcrossParents
    {
        private readonly int[] parentsMet = new int[NumberingStyle.MaxLevels + 2];
        private readonly Dictionary<(int Level, MarkerKind Kind), (int Value, int Parent)> last = [];
        private readonly Dictionary<(int Level, MarkerKind Kind), (int GoesOn, int StartsAgain)> counts = [];

        public void Meet(int level, Marker? marker)
        {
            // A new parent for every level below this line.
            for (var deeper = level + 1; deeper < parentsMet.Length; deeper++) parentsMet[deeper]++;
            if (marker is null) return;
            var key = (level, marker.Kind);
            if (last.TryGetValue(key, out var previous) && previous.Parent != parentsMet[level])
            {
                var (goesOn, startsAgain) = counts.GetValueOrDefault(key);
                counts[key] = marker.Value == previous.Value + 1 ? (goesOn + 1, startsAgain)
                    : marker.Value == 1 ? (goesOn, startsAgain + 1)
                    : (goesOn, startsAgain);
            }
            last[key] = (marker.Value, parentsMet[level]);
        }

        public bool Continues(int level, MarkerKind kind) => counts.GetValueOrDefault((level, kind)) is { GoesOn: > 0, StartsAgain: 0 };
    }

    /// <summary>Counts values and remembers which came first, so that a tie goes to the author's first choice.</summary>
    private sealed class Tally<T> where T : struct
    {
        private readonly Dictionary<T, (int Count, int First)> counts = [];

        public IEnumerable<T> Keys => counts.Keys;

        public void Add(T value) =>
            counts[value] = counts.TryGetValue(value, out var seen) ? (seen.Count + 1, seen.First) : (1, counts.Count);

        public T? MostCommon(Func<T, bool> among)
        {
            T? best = null;
            var (bestCount, bestFirst) = (0, int.MaxValue);
            foreach (var (value, (count, first)) in counts)
            {
                if (!among(value) || count < bestCount || (count == bestCount && first > bestFirst)) continue;
                (best, bestCount, bestFirst) = (value, count, first);
            }
            return best;
        }
    }
}
