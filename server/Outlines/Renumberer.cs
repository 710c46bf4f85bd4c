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
    /// <param name="only">
    /// Rewrite only these paragraphs (a selection). The whole document is still read, so a selection that
    /// starts at 三、 goes on from the 二、 before it instead of starting again at 一、.
    /// </param>
    public static RenumberResult Renumber(IReadOnlyList<SourceParagraph> paragraphs, NumberingStyle? target, Range? only = null)
    {
        var (from, count) = (only ?? Range.All).GetOffsetAndLength(paragraphs.Count);
        var analysis = OutlineAnalysis.Analyze(paragraphs, ReadingMode.Document);
        var markers = target is null ? Repair(analysis) : Switch(analysis, target);
        var result = new RenumberedParagraph[paragraphs.Count];
        foreach (var line in analysis.Lines)
        {
            // Word draws the number of a list item itself: adding ours would show two.
            var rewrite = line.Index >= from && line.Index < from + count && !paragraphs[line.Index].NumberedByWord;
            result[line.Index] = rewrite && line.Level is int level && markers[line.Index] is { } marker
                ? new RenumberedParagraph(Rewrite(line, marker), level)
                : new RenumberedParagraph(line.Text, line.Level);
        }
        var problems = analysis.Problems.Where(problem => problem.Index >= from && problem.Index < from + count).ToList();
        return new RenumberResult(result, analysis.Convention.Levels, problems);
    }

    /// <summary>
    /// Each item's marker in the target style. An item takes the level below its parent's; but a document
    /// written in the target's convention that skips a level (一、 then 1.; 第一章 then 第一条) keeps the
    /// skip, rather than having （一） or 第一节 forced in (GB/T 9704 accepts the skip). A skip is kept only
    /// where all the numbered children of a parent agree on it, and never more than one level.
    /// </summary>
    private static string?[] Switch(OutlineAnalysis analysis, NumberingStyle target)
    {
        var lines = analysis.Lines;
        var parentOf = Parents(lines);
        var childKinds = new Dictionary<int, HashSet<MarkerKind>>();
        foreach (var line in lines)
        {
            if (line.Level is null || !line.Kind.IsNumbered) continue;
            var parent = parentOf[line.Index];
            if (!childKinds.TryGetValue(parent, out var kinds)) childKinds[parent] = kinds = [];
            kinds.Add(line.Kind);
        }

        // The kind each target level writes, worked out once rather than for every paragraph.
        var targetKinds = Enumerable.Range(1, NumberingStyle.MaxLevels).Select(level => StyleKinds.KindOf(target, level)).ToArray();
        var markers = new string?[lines.Count];
        var targetLevelOf = new int[lines.Count];
        var counters = new int[NumberingStyle.MaxLevels];
        foreach (var line in lines)
        {
            if (line.Level is null) continue;
            var parent = parentOf[line.Index];
            var parentLevel = parent < 0 ? 0 : targetLevelOf[parent];
            var parentFollowsTarget = parent >= 0 && lines[parent].Kind.IsNumbered && targetKinds[parentLevel - 1] == lines[parent].Kind;
            var siblingsAgree = childKinds.TryGetValue(parent, out var kinds) && kinds.Count == 1;
            var level = TargetLevel(target, targetKinds, line.Kind, parentLevel, parentFollowsTarget && siblingsAgree);
            targetLevelOf[line.Index] = level;

            OutlineRenderer.Count(counters, level, target.Levels);
            markers[line.Index] = NumberingStyle.Render(target.LevelAt(level), level, counters, target.Levels);
        }
        return markers;
    }

    private static int TargetLevel(NumberingStyle target, MarkerKind[] targetKinds, MarkerKind kind, int parentLevel, bool mayKeepASkip)
    {
        var next = Math.Min(parentLevel + 1, NumberingStyle.MaxLevels);
        if (!mayKeepASkip || !kind.IsNumbered || targetKinds[next - 1] == kind || next == NumberingStyle.MaxLevels) return next;
        var skipped = next + 1;
        // A level text that shows the skipped level's counter (1.0.1) cannot skip it.
        var showsOnlyItselfAndAbove = NumberingStyle.ReferencedLevels(target.LevelAt(skipped).LvlText).All(n => n <= parentLevel || n == skipped);
        return showsOnlyItselfAndAbove && targetKinds[skipped - 1] == kind ? skipped : next;
    }

    /// <summary>
    /// Each item's marker in its own convention, renumbered in sequence: its own kind's form at its level
    /// (一要 stays 一要 among 一是), the level's form where it had none. Articles of a law count on through
    /// their chapters, whatever level they sit at.
    /// </summary>
    private static string?[] Repair(OutlineAnalysis analysis)
    {
        var convention = analysis.Convention;
        var markers = new string?[analysis.Lines.Count];
        var counters = new int[NumberingStyle.MaxLevels];
        var runningCounts = new Dictionary<MarkerKind, int>();
        foreach (var line in analysis.Lines)
        {
            if (line.Level is not int level) continue;
            var format = convention.FormatFor(level, line.Kind);
            OutlineRenderer.Count(counters, level, []);
            if (format.Continuous) counters[level - 1] = runningCounts[line.Kind] = runningCounts.GetValueOrDefault(line.Kind) + 1;
            markers[line.Index] = NumberingStyle.Render(format, level, counters, convention.Levels);
        }
        return markers;
    }

    // The item each item hangs under (-1 for the top): the nearest earlier item of a lower level.
    private static int[] Parents(IReadOnlyList<AnalyzedLine> lines)
    {
        var parents = new int[lines.Count];
        var open = new Stack<(int Level, int Index)>();
        foreach (var line in lines)
        {
            if (line.Level is not int level) continue;
            while (open.Count > 0 && open.Peek().Level >= level) open.Pop();
            parents[line.Index] = open.Count > 0 ? open.Peek().Index : -1;
            open.Push((level, line.Index));
        }
        return parents;
    }

    // Only the marker changes. The spaces after it stay, unless they were the marker's own separator
    // (the space of a clause number 3.1) or the new marker brings its own.
    private static string Rewrite(AnalyzedLine line, string marker)
    {
        var text = line.Text;
        if (line.Marker is { } old)
        {
            var oldEnd = old.Kind.Shape == MarkerShape.Clause || marker.EndsWith(' ') ? old.End : old.Offset + old.Text.Length;
            return string.Concat(text.AsSpan(0, old.Offset), marker, text.AsSpan(oldEnd));
        }
        var indent = 0;
        while (indent < text.Length && MarkerRecognizer.IsSpace(text[indent])) indent++;
        return string.Concat(text.AsSpan(0, indent), marker, text.AsSpan(indent));
    }
}
