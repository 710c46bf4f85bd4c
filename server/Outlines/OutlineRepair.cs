using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>The marker repair gives an outline item.</summary>
/// <param name="Text">The marker without the spaces after it; equal to the marker as written where that is right.</param>
/// <param name="Separator">The spaces its right form puts after it, written where the marker is rewritten.</param>
/// <param name="NumberChanged">True where the sequence was wrong here (a gap, a duplicate, a number out of order).</param>
public sealed record RepairedMarker(string Text, string Separator, int Value, bool NumberChanged);

/// <summary>
/// A text's own numbering, repaired: every item keeps its kind (Chinese numeral, bracketed numeral,
/// digit, 第X条, clause number…) written in its right form, and its number in sequence. Counters restart
/// under each parent; 条 count on through the whole text; the first item of a level with nothing above it
/// keeps its number, so a pasted excerpt that starts at 五、 goes on 六、. A marker that is already right
/// comes back as it is, so a second repair changes nothing.
/// </summary>
public static class OutlineRepair
{
    public static RepairedMarker?[] Repair(IReadOnlyList<AnalyzedLine> lines, DetectedConvention convention)
    {
        var repaired = new RepairedMarker?[lines.Count];
        var siblings = new SiblingCounters();
        var runningCounts = new Dictionary<MarkerKind, int>();
        var clauses = new ClauseSequence();
        var counters = new int[NumberingStyle.MaxLevels];
        foreach (var line in lines)
        {
            if (line.Level is not int level) continue;
            clauses.Meet(line);
            // A heading without a marker (a title styled Heading 1, 附件) is the author's: it gets none, and it
            // takes no number from the items around it. It only opens new counts below it.
            if (line.Marker is not { } marker)
            {
                siblings.Open(level);
                continue;
            }
            var kind = marker.Kind;
            var count = siblings.Next(level, kind, marker.Value, line.StartsAList);

            if (kind.Shape == MarkerShape.Clause)
            {
                var numbers = clauses.Next(marker, level, line.StartsAList);
                repaired[line.Index] = new RepairedMarker(string.Join('.', numbers), " ", numbers[^1], !numbers.SequenceEqual(marker.ClauseNumbers));
                continue;
            }
            var format = convention.FormatFor(level, kind);
            // Where several forms are right (一是 and 一要, 第一章 with or without a space), the line keeps its own.
            if (marker is { IsCanonical: true, Kind.CanonicalForm: null }) format = format with { LvlText = marker.LvlText(level) };
            if (format.Continuous)
            {
                count = runningCounts[kind] = runningCounts.TryGetValue(kind, out var running) ? running + 1 : marker.Value;
            }
            counters[level - 1] = count;
            var rendered = NumberingStyle.Render(format, level, counters, convention.Levels);
            var text = rendered.TrimEnd();
            repaired[line.Index] = new RepairedMarker(text, rendered[text.Length..], count, marker.Value != count);
        }
        return repaired;
    }

    /// <summary>
    /// The count of each kind among the items of a level under the current parent: a line higher up starts
    /// new counts below it, and so does a list that starts again at 1 after body text. Kinds count apart (an
    /// excerpt's 一是…六是 then 三、 keeps 三、). The first item of a kind at a level with nothing above it keeps
    /// its number: the text is an excerpt that starts there.
    /// </summary>
    private sealed class SiblingCounters
    {
        // Per level (index 0 is level 1), the count of each kind so far under the current parent.
        private readonly Dictionary<MarkerKind, int>[] counts =
            Enumerable.Range(0, NumberingStyle.MaxLevels).Select(_ => new Dictionary<MarkerKind, int>()).ToArray();
        private int highestLevelSeen = int.MaxValue;

        /// <summary>An item at this level: the items below it count afresh.</summary>
        public void Open(int level)
        {
            for (var deeper = level; deeper < counts.Length; deeper++)
            {
                if (counts[deeper].Count > 0) counts[deeper].Clear();
            }
        }

        public int Next(int level, MarkerKind kind, int written, bool startsAList)
        {
            Open(level);
            var siblings = counts[level - 1];
            if (startsAList) siblings.Remove(kind);
            var startsTheText = level <= highestLevelSeen && !siblings.ContainsKey(kind);
            highestLevelSeen = Math.Min(highestLevelSeen, level);
            var count = startsTheText ? written : siblings.GetValueOrDefault(kind) + 1;
            siblings[kind] = count;
            return count;
        }
    }

    /// <summary>
    /// Clause numbers carry their parents' numbers (3.1.4), so they are repaired as a chain: each follows the
    /// clause before it. A clause is the next sibling of the previous one at its depth (3.1.4 after 3.1.3),
    /// or the first child of the previous one (3.1.4.1 after 3.1.4; 1.0.1 after 1, keeping its own 0).
    /// Where another kind of heading above the clauses comes between (二、 between two runs of clauses), or
    /// the numbers go back to 1 after body text (the 条文说明 of a code repeats its articles), the next clause
    /// starts a new chain as written.
    /// </summary>
    private sealed class ClauseSequence
    {
        private int[]? previous;
        private int rootLevel;

        public void Meet(AnalyzedLine line)
        {
            if (line.Kind.Shape != MarkerShape.Clause && line.Level < rootLevel) previous = null;
        }

        public int[] Next(Marker clause, int level, bool startsAList)
        {
            var own = clause.ClauseNumbers.ToArray();
            var depth = own.Length;
            int[] numbers;
            if (previous is null || startsAList)
            {
                numbers = own;
            }
            else
            {
                var isSibling = previous.Length >= depth;
                int[] parents = isSibling ? previous[..(depth - 1)] : [.. previous, .. own[previous.Length..(depth - 1)]];
                // Parents of its own that come later (4.1.3 after 3.0.2, in a list of a code's mandatory clauses)
                // mean the text leaves clauses out: the clause is taken as written.
                numbers = Later(own[..(depth - 1)], parents) ? own : [.. parents, isSibling ? previous[depth - 1] + 1 : 1];
            }
            previous = numbers;
            rootLevel = level - depth + 1;
            return numbers;
        }

        private static bool Later(int[] numbers, int[] than)
        {
            for (var i = 0; i < numbers.Length; i++)
            {
                if (numbers[i] != than[i]) return numbers[i] > than[i];
            }
            return false;
        }
    }
}
