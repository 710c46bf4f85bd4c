namespace OutlineAddin.Outlines.Fields;

/// <summary>An outline with texts turned into fields, and how many times each field was written in.</summary>
public sealed record ReplacedOutline(IReadOnlyList<OutlineNode> Nodes, IReadOnlyList<FieldCount> Replaced);

/// <summary>
/// Turns texts of an outline's titles into fields: a value filled in before (某某县委办 → <c>{单位}</c>) or a habitual
/// blank (XX年 → <c>{年份}</c>年). The longest text is matched first, so 某某县委办 wins over 某某县 where both fit;
/// a match never overlaps a field already there or another match.
/// </summary>
/// <remarks><para>
/// A text that is a habitual blank (<see cref="HabitualBlanks"/>) replaces blanks, not letters: XX matches the blank XX
/// of XX县 or XX年 but not the start of XXX, XXL or Excel; XX年 keeps its 年 (<c>{年份}年</c>), XX县 does not
/// (<c>{单位}</c>: the unit's name is the value). Any other text is matched as written, except that a text beginning or
/// ending with a digit does not match inside a longer number (11 is not replaced in 2011).
/// </para></remarks>
public static class FieldReplacement
{
    public static ReplacedOutline Replace(IReadOnlyList<OutlineNode> nodes, IReadOnlyList<TextReplacement> replacements)
    {
        var counts = replacements.Select(replacement => replacement.Name).Distinct(StringComparer.Ordinal).ToDictionary(name => name, _ => 0, StringComparer.Ordinal);
        // Longest first; among equals, in the order asked.
        var ordered = replacements.Select((replacement, index) => (replacement, index, blank: AsBlank(replacement.Text)))
            .OrderByDescending(entry => entry.replacement.Text.Length).ThenBy(entry => entry.index).ToList();

        string ReplaceIn(string title)
        {
            var taken = new bool[title.Length];
            foreach (var field in FieldSyntax.Pattern().Matches(title).Cast<System.Text.RegularExpressions.Match>()) Array.Fill(taken, true, field.Index, field.Length);
            var edits = new List<(int Start, int End, string Text)>();
            var blanks = HabitualBlanks.In(title);
            foreach (var (replacement, _, blank) in ordered)
            {
                var token = FieldSyntax.Token(replacement.Name);
                foreach (var (start, end, text) in blank is null ? Literal(title, replacement.Text, token) : Blanks(title, blanks, replacement.Text, blank, token))
                {
                    if (Array.IndexOf(taken, true, start, end - start) >= 0) continue;
                    Array.Fill(taken, true, start, end - start);
                    edits.Add((start, end, text));
                    counts[replacement.Name]++;
                }
            }
            if (edits.Count == 0) return title;
            var result = new System.Text.StringBuilder(title.Length);
            var at = 0;
            foreach (var (start, end, text) in edits.OrderBy(edit => edit.Start))
            {
                result.Append(title, at, start - at).Append(text);
                at = end;
            }
            return result.Append(title, at, title.Length - at).ToString();
        }

        IReadOnlyList<OutlineNode> ReplaceAll(IReadOnlyList<OutlineNode> level) =>
            level.Select(node => node with { Title = ReplaceIn(node.Title), Children = ReplaceAll(node.Children) }).ToList();
        var replaced = ReplaceAll(nodes);
        return new ReplacedOutline(replaced, counts.Select(entry => new FieldCount(entry.Key, entry.Value)).ToList());
    }

    // The text as a blank when it is exactly one (XX, XX年, ××县), else null.
    private static HabitualBlank? AsBlank(string text) =>
        HabitualBlanks.In(text) is [{ Start: 0 } blank] && blank.Length == text.Length ? blank : null;

    private static IEnumerable<(int Start, int End, string Text)> Blanks(
        string title, IReadOnlyList<HabitualBlank> blanks, string text, HabitualBlank wanted, string token)
    {
        var blankText = text[..wanted.BlankLength];
        var word = text[wanted.BlankLength..];
        foreach (var blank in blanks)
        {
            if (title.Substring(blank.Start, blank.BlankLength) != blankText) continue;
            // The bare blank XX replaces the blank of XX年 or XX县 and leaves their word; XX县 replaces its word too.
            if (word.Length == 0) yield return (blank.Start, blank.Start + blank.BlankLength, token);
            else if (title.AsSpan(blank.Start + blank.BlankLength).StartsWith(word, StringComparison.Ordinal))
            {
                yield return wanted.WordStays
                    ? (blank.Start, blank.Start + blank.BlankLength, token)
                    : (blank.Start, blank.Start + text.Length, token);
            }
        }
    }

    private static IEnumerable<(int Start, int End, string Text)> Literal(string title, string text, string token)
    {
        for (var start = title.IndexOf(text, StringComparison.Ordinal); start >= 0; start = title.IndexOf(text, start + 1, StringComparison.Ordinal))
        {
            var end = start + text.Length;
            if (char.IsAsciiDigit(text[0]) && start > 0 && char.IsAsciiDigit(title[start - 1])) continue;
            if (char.IsAsciiDigit(text[^1]) && end < title.Length && char.IsAsciiDigit(title[end])) continue;
            yield return (start, end, token);
        }
    }
}
