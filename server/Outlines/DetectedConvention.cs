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

    /// <summary>True when the numbered lines of a level use more than one kind of marker.</summary>
    public bool IsMixed(int level) => byKind.Keys.Count(key => key.Level == level) > 1;

    public LevelFormat FormatFor(int level, MarkerKind kind) =>
        byKind.TryGetValue((level, kind), out var entry) ? entry.Format : Levels[level - 1];

    /// <summary>The form most lines of this kind at this level use, with % for the number.</summary>
    public string MajorityForm(int level, MarkerKind kind) => byKind[(level, kind)].Form;

    public static DetectedConvention From(IReadOnlyList<AnalyzedLine> lines)
    {
        var items = lines.Where(line => line.IsItem).ToList();
        var depth = items.Count == 0 ? 0 : items.Max(line => line.Level!.Value);
        var levels = new List<LevelFormat>(depth);
        var dominantKinds = new List<MarkerKind>(depth);
        var byKind = new Dictionary<(int, MarkerKind), (LevelFormat, string)>();
        for (var level = 1; level <= depth; level++)
        {
            var numbered = items.Where(line => line.Level == level && line.Marker is not null).Select(line => line.Marker!).ToList();
            foreach (var kindGroup in numbered.GroupBy(marker => marker.Kind))
            {
                var (form, numFmt) = MostCommon(kindGroup.Select(marker => (marker.Form, marker.NumFmt)));
                var continuous = kindGroup.Key.Shape == MarkerShape.Article;
                byKind[(level, kindGroup.Key)] = (new LevelFormat(numFmt, kindGroup.Key.LvlText(form, level), continuous), form);
            }
            if (numbered.Count == 0)
            {
                levels.Add(LevelFormat.Unnumbered);
                dominantKinds.Add(MarkerKind.Unnumbered);
                continue;
            }
            var dominant = MostCommon(numbered.Select(marker => marker.Kind));
            dominantKinds.Add(dominant);
            levels.Add(byKind[(level, dominant)].Item1);
        }
        return new DetectedConvention(levels, dominantKinds, byKind);
    }

    // Ties go to whichever came first, so a two-two split keeps the author's first choice.
    private static T MostCommon<T>(IEnumerable<T> values) where T : notnull
    {
        var counts = new Dictionary<T, (int Count, int First)>();
        var position = 0;
        foreach (var value in values)
        {
            counts[value] = counts.TryGetValue(value, out var seen) ? (seen.Count + 1, seen.First) : (1, position);
            position++;
        }
        return counts.OrderByDescending(pair => pair.Value.Count).ThenBy(pair => pair.Value.First).First().Key;
    }
}
