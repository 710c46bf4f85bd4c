using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>Relates numbering styles to the marker kinds the recognizer finds in text.</summary>
public static class StyleKinds
{
    private static readonly int[] SampleCounters = [2, 2, 2, 2, 2, 2, 2, 2, 2];

    /// <summary>
    /// The kind of marker a style level writes, read back by the recognizer itself so the two can never
    /// disagree. Counter 2 is used because "I." alone could be a letter. A level past the style's last
    /// one is written as the style writes it (its last level repeated), so a team's three-level style is asked about all nine.
    /// </summary>
    public static MarkerKind KindOf(NumberingStyle style, int level) => KindOf(style.Levels, level);

    public static MarkerKind KindOf(IReadOnlyList<LevelFormat> levels, int level)
    {
        var sample = NumberingStyle.Render(NumberingStyle.LevelAt(levels, level), level, SampleCounters, levels) + "标题";
        return MarkerRecognizer.Recognize(sample)?.Kind ?? MarkerKind.Unnumbered;
    }

    /// <summary>The built-in style that numbers the most levels of a detected convention the same way.</summary>
    public static NumberingStyle Closest(IReadOnlyList<MarkerKind> detectedKinds)
    {
        var best = BuiltInStyles.Gongwen;
        var bestScore = 0;
        foreach (var style in BuiltInStyles.All)
        {
            var score = 0;
            for (var level = 0; level < detectedKinds.Count && level < style.Levels.Count; level++)
            {
                if (detectedKinds[level].IsNumbered && KindOf(style.Levels, level + 1) == detectedKinds[level]) score++;
            }
            if (score > bestScore) (best, bestScore) = (style, score);
        }
        return best;
    }
}
