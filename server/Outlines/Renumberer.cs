using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>
/// Switches a document to another numbering convention, or repairs the one it has: outline items get
/// the marker for their level, counters restart under each parent (so gaps and duplicates go away),
/// the rest of each paragraph is left as it was, and body text comes back unchanged.
/// </summary>
public static class Renumberer
{
    /// <param name="target">The style to switch to; null to keep the detected convention and only repair it.</param>
    public static RenumberResult Renumber(IReadOnlyList<SourceParagraph> paragraphs, NumberingStyle? target)
    {
        var analysis = OutlineAnalysis.Analyze(paragraphs, ReadingMode.Document);
        var convention = analysis.Convention;
        var targetLevelOf = target is null ? IdentityLevels() : MapLevels(convention, target);
        var targetLevels = target?.Levels ?? convention.Levels;

        var restartRules = TargetFormatsBySourceLevel(targetLevels, targetLevelOf);
        var result = new RenumberedParagraph[paragraphs.Count];
        var counters = new int[NumberingStyle.MaxLevels];
        Span<int> targetCounters = stackalloc int[NumberingStyle.MaxLevels];
        foreach (var line in analysis.Lines)
        {
            if (line.Level is not int level)
            {
                result[line.Index] = new RenumberedParagraph(line.Text, null);
                continue;
            }
            var targetLevel = targetLevelOf[level - 1];
            var format = target is null ? convention.FormatFor(level, line.Kind) : target.LevelAt(targetLevel);
            OutlineRenderer.Count(counters, level, restartRules);

            targetCounters.Clear();
            for (var ancestor = 1; ancestor <= level; ancestor++) targetCounters[targetLevelOf[ancestor - 1] - 1] = counters[ancestor - 1];
            var marker = NumberingStyle.Render(format, targetLevel, targetCounters, targetLevels);
            result[line.Index] = new RenumberedParagraph(Rewrite(line, marker), level);
        }
        return new RenumberResult(result, convention.Levels, analysis.Problems);
    }

    private static string Rewrite(AnalyzedLine line, string marker)
    {
        var text = line.Text;
        if (line.Marker is { } old) return string.Concat(text.AsSpan(0, old.Offset), marker, text.AsSpan(old.End));
        var indent = 0;
        while (indent < text.Length && MarkerRecognizer.IsSpace(text[indent])) indent++;
        return string.Concat(text.AsSpan(0, indent), marker, text.AsSpan(indent));
    }

    private static int[] IdentityLevels() => Enumerable.Range(1, NumberingStyle.MaxLevels).ToArray();

    /// <summary>
    /// Which level of the target style each level of the document takes. Normally the same one; but a
    /// document written in the target's convention that skips a level (一、 then 1.) keeps the skip: its
    /// 1. goes to the target's 1. level rather than having （一） forced in (GB/T 9704 accepts the skip).
    /// A document in another convention, or one that mixes kinds on a level, is mapped level for level.
    /// </summary>
    public static int[] MapLevels(DetectedConvention document, NumberingStyle target)
    {
        var map = new int[NumberingStyle.MaxLevels];
        var previous = 0;
        var followsTarget = false;
        for (var level = 1; level <= NumberingStyle.MaxLevels; level++)
        {
            var next = Math.Min(previous + 1, NumberingStyle.MaxLevels);
            var kind = level <= document.DominantKinds.Count ? document.DominantKinds[level - 1] : MarkerKind.Unnumbered;
            var matches = next <= target.Levels.Count && kind.IsNumbered && StyleKinds.KindOf(target, next) == kind;
            if (!matches && followsTarget && kind.IsNumbered && !document.IsMixed(level))
            {
                for (var candidate = next + 1; candidate <= target.Levels.Count; candidate++)
                {
                    var format = target.LevelAt(candidate);
                    var referencesOnlyItselfOrAbove = NumberingStyle.ReferencedLevels(format.LvlText).All(n => n <= previous || n == candidate);
                    if (referencesOnlyItselfOrAbove && StyleKinds.KindOf(target, candidate) == kind)
                    {
                        (next, matches) = (candidate, true);
                        break;
                    }
                }
            }
            map[level - 1] = next;
            previous = next;
            followsTarget = matches;
        }
        return map;
    }

    // Counting happens by document level; whether a level restarts is the target level's business.
    private static IReadOnlyList<LevelFormat> TargetFormatsBySourceLevel(IReadOnlyList<LevelFormat> targetLevels, int[] targetLevelOf) =>
        targetLevelOf.Select(t => t <= targetLevels.Count ? targetLevels[t - 1] : LevelFormat.Unnumbered).ToArray();
}
