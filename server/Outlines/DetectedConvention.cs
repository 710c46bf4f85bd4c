using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>
/// The numbering a text was written in: for each level the kind and form most of its lines use, and the
/// form each other kind found at that level uses.
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

    /// <summary>The form most lines of this kind at this level use, with % for the number.</summary>
    public string MajorityForm(int level, MarkerKind kind) => byKind[(level, kind)].Form;

    public static DetectedConvention From(IReadOnlyList<AnalyzedLine> lines)
    {
        // One pass over the lines: how often each kind appears on each level, and each way it is written.
        var kinds = new Tally<(int Level, MarkerKind Kind)>();
        var forms = new Tally<(int Level, MarkerKind Kind, string Form, NumFmt NumFmt)>();
        var depth = 0;
        foreach (var line in lines)
        {
            if (line.Level is not int level) continue;
            depth = Math.Max(depth, level);
            if (line.Marker is not { } marker) continue;
            kinds.Add((level, marker.Kind));
            forms.Add((level, marker.Kind, marker.Form, marker.NumFmt));
        }

        var byKind = new Dictionary<(int, MarkerKind), (LevelFormat, string)>();
        foreach (var (level, kind) in kinds.Keys)
        {
            var (_, _, form, numFmt) = forms.MostCommon(key => key.Level == level && key.Kind == kind)!.Value;
            // Articles of a law count on through its chapters.
            byKind[(level, kind)] = (new LevelFormat(numFmt, kind.LvlText(form, level), kind.Shape == MarkerShape.Article), form);
        }
        var dominantKinds = new List<MarkerKind>(depth);
        var levels = new List<LevelFormat>(depth);
        for (var level = 1; level <= depth; level++)
        {
            var dominant = kinds.MostCommon(key => key.Level == level)?.Kind ?? MarkerKind.Unnumbered;
            dominantKinds.Add(dominant);
            levels.Add(dominant.IsNumbered ? byKind[(level, dominant)].Item1 : LevelFormat.Unnumbered);
        }
        return new DetectedConvention(levels, dominantKinds, byKind);
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
