using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>Finds gaps, duplicates, wrong punctuation and half-width brackets among the outline items.</summary>
public static class NumberingProblems
{
    public static IReadOnlyList<OutlineProblem> Find(IReadOnlyList<AnalyzedLine> lines, DetectedConvention convention)
    {
        var problems = new List<OutlineProblem>();
        // Per level, the value the last sibling showed and how many siblings came before; a line higher up
        // starts new siblings below it. Articles count through the whole text.
        var previous = new int[NumberingStyle.MaxLevels + 1];
        var position = new int[NumberingStyle.MaxLevels + 1];
        var (previousArticle, articlePosition) = (0, 0);
        foreach (var line in lines)
        {
            if (line.Level is not int level) continue;
            Array.Clear(previous, level + 1, previous.Length - level - 1);
            Array.Clear(position, level + 1, position.Length - level - 1);
            if (line.Marker is not { } marker) continue;

            var form = convention.MajorityForm(level, marker.Kind);
            if (marker.HalfWidthBracket)
            {
                problems.Add(Problem(ProblemCodes.HalfWidthBracket, line, marker, Canonical(marker),
                    $"使用了半角括号：“{marker.Text}”应写作“{Canonical(marker)}”。"));
            }
            else if (!marker.IsCanonical)
            {
                problems.Add(Problem(ProblemCodes.NonstandardPunctuation, line, marker, Canonical(marker),
                    $"编号标点不规范：“{marker.Text}”应写作“{Canonical(marker)}”。"));
            }
            // Where several forms are right (一是 and 一要), using both is no mistake.
            else if (marker.Form != form && marker.Kind.CanonicalForm is not null)
            {
                var majority = Write(form, marker.Value, marker.NumFmt);
                problems.Add(Problem(ProblemCodes.MixedPunctuation, line, marker, majority,
                    $"同级编号写法不一致：“{marker.Text}”，本级多写作“{majority}”。"));
            }

            var isArticle = marker.Kind.Shape == MarkerShape.Article;
            var last = isArticle ? previousArticle : previous[level];
            var place = (isArticle ? articlePosition : position[level]) + 1;
            // Judged against the previous sibling, so one gap is one problem, not one per line after it;
            // the fix is what renumbering will write there.
            if (marker.Value != last + 1)
            {
                var shouldRead = Write(form, place, marker.NumFmt, marker);
                var (code, message) =
                    marker.Value == last ? (ProblemCodes.Duplicate, $"编号重复：“{marker.Text}”与上一条相同，应为“{shouldRead}”。")
                    : marker.Value > last ? (ProblemCodes.Gap, $"编号不连续：此处应为“{shouldRead}”，实为“{marker.Text}”。")
                    : (ProblemCodes.OutOfOrder, $"编号顺序颠倒：此处应为“{shouldRead}”，实为“{marker.Text}”。");
                problems.Add(Problem(code, line, marker, shouldRead, message));
            }
            if (isArticle) (previousArticle, articlePosition) = (marker.Value, place);
            else (previous[level], position[level]) = (marker.Value, place);
        }
        return problems;
    }

    private static OutlineProblem Problem(string code, AnalyzedLine line, Marker marker, string expected, string message) =>
        new(code, line.Index, line.Level!.Value, marker.Text, expected, message);

    private static string Canonical(Marker marker) =>
        Write(marker.Kind.CanonicalForm ?? marker.Form, marker.Value,
            marker.NumFmt == NumFmt.DecimalFullWidth ? NumFmt.Decimal : marker.NumFmt);

    // A clause keeps its parents' numbers: the one after 3.1.4 is 3.1.5.
    private static string Write(string form, int value, NumFmt numFmt, Marker? clause = null)
    {
        if (clause is { Kind.Shape: MarkerShape.Clause })
        {
            var lastDot = clause.Text.LastIndexOf('.');
            return (lastDot < 0 ? "" : clause.Text[..(lastDot + 1)]) + NumberFormatter.Format(value, numFmt);
        }
        return form.Replace("%", NumberFormatter.Format(value, numFmt), StringComparison.Ordinal).TrimEnd();
    }
}
