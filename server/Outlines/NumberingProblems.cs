using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>
/// What is wrong with a text's numbering: each line where repair writes a different marker, and why.
/// Being read off the repair itself, every problem reported is one that repairing fixes, and a repaired
/// text has none.
/// </summary>
public static class NumberingProblems
{
    public static IReadOnlyList<OutlineProblem> Find(IReadOnlyList<AnalyzedLine> lines, IReadOnlyList<RepairedMarker?> repaired)
    {
        var problems = new List<OutlineProblem>();
        // Per level, the value the previous sibling showed (articles count through the whole text), to say
        // whether a wrong number repeats, skips or goes back.
        var previous = new int[NumberingStyle.MaxLevels + 1];
        var previousArticle = 0;
        foreach (var line in lines)
        {
            if (line.Level is not int level) continue;
            Array.Clear(previous, level + 1, previous.Length - level - 1);
            if (line.Marker is not { } marker || repaired[line.Index] is not { } fix) continue;

            if (marker.HalfWidthBracket)
            {
                problems.Add(Problem(ProblemCodes.HalfWidthBracket, line, marker.Text, fix.Text,
                    $"使用了半角括号：“{marker.Text}”应写作“{fix.Text}”。"));
            }
            else if (!marker.IsCanonical)
            {
                problems.Add(Problem(ProblemCodes.NonstandardPunctuation, line, marker.Text, fix.Text,
                    $"编号标点不规范：“{marker.Text}”应写作“{fix.Text}”。"));
            }

            var isArticle = marker.Kind.Shape == MarkerShape.Article;
            var last = isArticle ? previousArticle : previous[level];
            if (fix.NumberChanged)
            {
                var (code, message) =
                    marker.Value == last ? (ProblemCodes.Duplicate, $"编号重复：“{marker.Text}”与上一条相同，应为“{fix.Text}”。")
                    : marker.Value > last ? (ProblemCodes.Gap, $"编号不连续：此处应为“{fix.Text}”，实为“{marker.Text}”。")
                    : (ProblemCodes.OutOfOrder, $"编号顺序颠倒：此处应为“{fix.Text}”，实为“{marker.Text}”。");
                problems.Add(Problem(code, line, marker.Text, fix.Text, message));
            }
            if (isArticle) previousArticle = marker.Value;
            else previous[level] = marker.Value;
        }
        return problems;
    }

    private static OutlineProblem Problem(string code, AnalyzedLine line, string found, string expected, string message) =>
        new(code, line.Index, line.Level!.Value, found, expected, message);
}
