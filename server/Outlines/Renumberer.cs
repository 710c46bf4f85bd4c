using OutlineAddin.Numbering;
using OutlineAddin.WordDocuments;

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
    /// <param name="numbering">
    /// Null: each item stays numbered the way it is (a typed marker is edited, the label of an item Word numbers is
    /// changed). <see cref="ListNumbering.Text"/>: every numbered item of the selection ends with a typed marker (Word's
    /// label is written in front of the text). <see cref="ListNumbering.List"/>: every one ends numbered by Word (a typed
    /// marker is taken out of the text, and the answer gives its label).
    /// </param>
    public static RenumberResult Renumber(IReadOnlyList<SourceParagraph> paragraphs, NumberingStyle? target, Range? only = null, ListNumbering? numbering = null)
    {
        var (from, count) = (only ?? Range.All).GetOffsetAndLength(paragraphs.Count);
        bool InSelection(int index) => index >= from && index < from + count;
        var analysis = OutlineAnalysis.Analyze(paragraphs, ReadingMode.Document);
        var problems = analysis.Problems.Where(problem => InSelection(problem.Index)).ToList();
        var result = new RenumberedParagraph[paragraphs.Count];

        if (target is null)
        {
            foreach (var line in analysis.Lines)
            {
                var fix = InSelection(line.Index) ? analysis.Repaired[line.Index] : null;
                var to = fix is null ? null : new SwitchedMarker(fix.Text + fix.Separator, line.Level!.Value, fix.Value);
                result[line.Index] = AsListItem(paragraphs[line.Index], line, to, numbering)
                    ?? new RenumberedParagraph(fix is null ? paragraphs[line.Index].Text ?? "" : Repaired(line, fix), line.Level);
            }
            return new RenumberResult(result, analysis.Convention.Levels, problems, analysis.TooDeepAt);
        }

        var targetKinds = TargetKinds(target);
        var switched = Switch(analysis, target, targetKinds);
        var anyInSelection = false;
        foreach (var line in analysis.Lines)
        {
            var to = InSelection(line.Index) ? switched[line.Index] : null;
            anyInSelection |= to is not null;
            result[line.Index] = AsListItem(paragraphs[line.Index], line, to, numbering)
                ?? new RenumberedParagraph(to is null ? paragraphs[line.Index].Text ?? "" : Switched(line, to.Marker), line.Level);
        }
        if (anyInSelection && count < paragraphs.Count && RestDiffers(analysis, switched, InSelection, target, targetKinds) is { } mismatch)
        {
            problems.Add(mismatch);
        }
        return new RenumberResult(result, analysis.Convention.Levels, problems, analysis.TooDeepAt);
    }

    /// <summary>The marker an item gets in the target style (with the style's separator), the level it takes there, and the count it shows.</summary>
    private sealed record SwitchedMarker(string Marker, int Level, int Value);

    /// <summary>
    /// Each item's marker in the target style, and the target level it takes. An item takes the level below
    /// its parent's; but a document written in the target's convention (the parent and every item above it
    /// are numbered as the target numbers them) that skips a level (一、 then 1.; 第一章 then 第一条) keeps the
    /// skip, rather than having （一） or 第一节 forced in (GB/T 9704 accepts the skip). A skip is kept only where all the numbered children of a parent agree on it, and never more than
    /// one level. The first item of a target level with nothing above it keeps its number (an excerpt), and
    /// so does the first item of a level that counts through the whole text (a law's first article); a list
    /// that goes back to 1 after body text starts again.
    /// </summary>
    private static SwitchedMarker?[] Switch(OutlineAnalysis analysis, NumberingStyle target, MarkerKind[] targetKinds)
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

        var switched = new SwitchedMarker?[lines.Count];
        // Whether an item and every item above it are written as the target writes them.
        var followsTarget = new bool[lines.Count];
        var counters = new int[NumberingStyle.MaxLevels];
        var levelsMet = new bool[NumberingStyle.MaxLevels + 1];
        var highestLevelSeen = int.MaxValue;
        foreach (var line in lines)
        {
            if (line.Level is null) continue;
            var parent = parentOf[line.Index];
            var parentLevel = parent < 0 ? 0 : switched[parent]!.Level;
            var parentFollowsTarget = parent >= 0 && followsTarget[parent];
            var siblingsAgree = childKinds.TryGetValue(parent, out var kinds) && kinds.Count == 1;
            var level = TargetLevel(target, targetKinds, line.Kind, parentLevel, parentFollowsTarget && siblingsAgree);
            followsTarget[line.Index] = line.Kind.IsNumbered && targetKinds[level - 1] == line.Kind && (parent < 0 || followsTarget[parent]);

            var firstOfItsLevel = !levelsMet[level];
            var keepsItsNumber = firstOfItsLevel && (level < highestLevelSeen || target.LevelAt(level).Continuous);
            (levelsMet[level], highestLevelSeen) = (true, Math.Min(highestLevelSeen, level));
            // A second list (back to 1 after body text) starts again in the target too.
            if (line.StartsAList && !target.LevelAt(level).Continuous) counters[level - 1] = 0;
            OutlineRenderer.Count(counters, level, target.Levels);
            if (keepsItsNumber && line.Marker is { Value: > 0 } marker) counters[level - 1] = marker.Value;
            switched[line.Index] = new SwitchedMarker(NumberingStyle.Render(target.LevelAt(level), level, counters, target.Levels), level, counters[level - 1]);
        }
        return switched;
    }

    // The kind each target level writes, worked out once rather than for every paragraph.
    private static MarkerKind[] TargetKinds(NumberingStyle target) =>
        Enumerable.Range(1, NumberingStyle.MaxLevels).Select(level => StyleKinds.KindOf(target, level)).ToArray();

    private static int TargetLevel(NumberingStyle target, MarkerKind[] targetKinds, MarkerKind kind, int parentLevel, bool mayKeepASkip)
    {
        var next = Math.Min(parentLevel + 1, NumberingStyle.MaxLevels);
        // 章, 节 and 条 have their fixed places: a law excerpt that opens on 条 switched to a style that has 条 keeps them 条.
        var placeOfDivision = kind.IsLegalDivision ? Array.IndexOf(targetKinds, kind, next - 1) + 1 : 0;
        if (placeOfDivision > 0) return placeOfDivision;
        if (!mayKeepASkip || !kind.IsNumbered || targetKinds[next - 1] == kind || next == NumberingStyle.MaxLevels) return next;
        var skipped = next + 1;
        // A level text that shows the skipped level's counter would show it as 0 (1.0.1): only a clause number
        // that already reads so (the articles of an engineering code) keeps such a skip.
        var showsOnlyItselfAndAbove = NumberingStyle.ReferencedLevels(target.LevelAt(skipped).LvlText).All(n => n <= parentLevel || n == skipped);
        var mayShowAZero = kind.Shape == MarkerShape.Clause;
        return (showsOnlyItselfAndAbove || mayShowAZero) && targetKinds[skipped - 1] == kind ? skipped : next;
    }

    /// <summary>
    /// A selection switched to a style the rest of the document is not in leaves it half in one convention,
    /// half in another (一、 … 第二节 … 第二章): say so, at the first numbered paragraph outside the selection
    /// that the style would number differently.
    /// </summary>
    private static OutlineProblem? RestDiffers(
        OutlineAnalysis analysis, SwitchedMarker?[] switched, Func<int, bool> inSelection, NumberingStyle target, MarkerKind[] targetKinds)
    {
        foreach (var line in analysis.Lines)
        {
            if (inSelection(line.Index) || line.Marker is not { } marker || switched[line.Index] is not var (wouldBe, level, _)) continue;
            if (marker.Kind == targetKinds[level - 1]) continue;
            return new OutlineProblem(ProblemCodes.SelectionStyleMismatch, line.Index, line.Level!.Value, marker.Text, wouldBe.TrimEnd(),
                $"只改了选中的部分：选区外的编号仍是原来的写法（如第 {line.Index + 1} 段的“{marker.Text}”，按“{target.Name}”应为“{wouldBe.TrimEnd()}”）。" +
                "不选中任何内容再改编号，可统一全文。");
        }
        return null;
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

    /// <summary>
    /// The answer for an item Word numbers, or is to number: its text and the label the list it is moved to draws; or,
    /// back to typed markers, its label written in front of its text. Null for an item whose typed marker is edited.
    /// </summary>
    private static RenumberedParagraph? AsListItem(SourceParagraph paragraph, AnalyzedLine line, SwitchedMarker? to, ListNumbering? numbering)
    {
        if (to is null) return null;
        var text = paragraph.Text ?? "";
        if (line.DrawnByWord)
        {
            return numbering == ListNumbering.Text ? new(to.Marker + text, line.Level) : new(text, line.Level, to.Marker.TrimEnd(), to.Level, to.Value);
        }
        // Word numbers it, but its label is unknown or is not the marker read: adding ours would show two.
        if (paragraph.NumberedByWord) return new(text, line.Level);
        if (numbering != ListNumbering.List) return null;
        // The marker goes with the spaces after it (一、 总体 → 总体); anything before it (indentation, 📌) stays.
        var withoutMarker = line.Marker is { } old ? string.Concat(text.AsSpan(0, old.Offset), text.AsSpan(old.End)) : text;
        return new(withoutMarker, line.Level, to.Marker.TrimEnd(), to.Level, to.Value);
    }

    // Repair leaves a marker that is right exactly as it is, separator included (第一条　为了 and 第一条 为了).
    // A marker it rewrites loses its old separator and takes its right form's: (一) 甲 → （一）甲.
    private static string Repaired(AnalyzedLine line, RepairedMarker fix)
    {
        var (text, old) = (line.Text, line.Marker!);
        if (fix.Text == old.Text) return text;
        return string.Concat(text.AsSpan(0, old.Offset), fix.Text, fix.Separator, text.AsSpan(old.End));
    }

    // The separator belongs to the marker: the old one goes with it and the target's comes
    // (第一章　总则 → 一、总则). A marker the target writes the same way stays as it is, spaces and all. The text
    // after it is never touched.
    private static string Switched(AnalyzedLine line, string marker)
    {
        var text = line.Text;
        if (line.Marker is not { } old)
        {
            // A heading Word styled but nobody numbered: the marker goes after any pasted prefix (📌一、总结).
            var start = PastedPrefix.ContentStart(text);
            return string.Concat(text.AsSpan(0, start), marker, text.AsSpan(start));
        }
        if (marker.TrimEnd() == old.Text) return text;
        return string.Concat(text.AsSpan(0, old.Offset), marker, text.AsSpan(old.End));
    }
}
