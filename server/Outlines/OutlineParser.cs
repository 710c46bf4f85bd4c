using System.Buffers;
using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>
/// Plain text in (pasted from anywhere), an outline tree out. Every non-empty line is a heading, except
/// the body text of a pasted document (<see cref="OutlineBody"/>), which is reported as kept out; the
/// marker is taken off the title and the detected style of each level, written right, is reported.
/// Returns a result, never throws on user text.
/// </summary>
public static class OutlineParser
{
    public static ParseResult Parse(string text)
    {
        text ??= "";
        if (CountLines(text) is var lineCount && lineCount > OutlineLimits.MaxLines)
        {
            return ParseResult.Failed($"文本有 {lineCount} 行（含空行），超过上限 {OutlineLimits.MaxLines} 行，请删去多余的空行或拆分后再导入。");
        }
        var lines = SplitLines(text);
        var nonEmpty = lines.Count(line => !string.IsNullOrWhiteSpace(line.Text));
        if (nonEmpty > OutlineLimits.MaxNodes)
        {
            return ParseResult.Failed($"文本有 {nonEmpty} 行，超过大纲上限 {OutlineLimits.MaxNodes} 行，请拆分后再导入。");
        }
        var analysis = OutlineAnalysis.Analyze(lines, ReadingMode.Outline);
        if (analysis.TooDeep)
        {
            return ParseResult.Failed($"大纲超过 {OutlineLimits.MaxDepth} 级：Word 的编号最多九级，请合并部分层级后再导入。");
        }
        var tree = BuildTree(analysis);
        if (TitleTooLong(tree) is { } tooLong) return ParseResult.Failed(tooLong + "请缩短或拆成几行后再导入。");
        return new ParseResult(tree, analysis.Convention.Levels, analysis.Problems, analysis.KeptOut);
    }

    // What render and save refuse (OutlineLimits.Check), refused here too, rather than handed to the client to fail there.
    private static string? TitleTooLong(IReadOnlyList<OutlineNode> tree) =>
        OutlineNode.Walk(tree).Select(entry => entry.Node.Title).FirstOrDefault(title => title.Length > OutlineLimits.MaxTitleLength) is { } title
            ? $"标题“{title[..20]}…”有 {title.Length} 个字符，超过上限 {OutlineLimits.MaxTitleLength} 个字符，"
            : null;

    /// <summary>
    /// A document's outline: its numbered or heading-styled paragraphs as a tree, body text left out.
    /// What "save the document's headings as a template" captures.
    /// </summary>
    public static ParseResult ParseDocument(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var analysis = OutlineAnalysis.Analyze(paragraphs, ReadingMode.Document);
        if (analysis.TooDeepAt is int tooDeep) return ParseResult.Failed(ParseResult.TooDeepMessage(tooDeep), $"paragraphs[{tooDeep}]");
        var items = analysis.Lines.Count(line => line.IsItem);
        if (items > OutlineLimits.MaxNodes)
        {
            return ParseResult.Failed($"文档有 {items} 个标题，超过模板上限 {OutlineLimits.MaxNodes} 个，请只选中要保存的部分。");
        }
        var tree = BuildTree(analysis);
        if (TitleTooLong(tree) is { } tooLong) return ParseResult.Failed(tooLong + "请缩短这个标题后再保存。");
        return new ParseResult(tree, analysis.Convention.Levels, analysis.Problems, []);
    }

    // What ends a line (\r\n counts as one): line feed, carriage return, Unicode's line and paragraph separators, vertical tab, form feed.
    private const string LineBreakChars = "\n\r\u2028\u2029\v\f";
    private static readonly char[] LineBreakList = LineBreakChars.ToCharArray();
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create(LineBreakChars);

    /// <summary>The number of lines <see cref="SplitLines"/> makes, counted without making them.</summary>
    public static int CountLines(string text)
    {
        var span = text.AsSpan();
        var count = 1;
        for (var at = span.IndexOfAny(LineBreaks); at >= 0; at = span.IndexOfAny(LineBreaks))
        {
            count++;
            var crlf = span[at] == '\r' && at + 1 < span.Length && span[at + 1] == '\n';
            span = span[(at + (crlf ? 2 : 1))..];
        }
        return count;
    }

    public static IReadOnlyList<SourceParagraph> SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split(LineBreakList)
            .Select(line => new SourceParagraph(line.TrimStart('\uFEFF')))
            .ToList();

    private static List<OutlineNode> BuildTree(OutlineAnalysis analysis)
    {
        var roots = new List<OutlineNode>();
        // The headings still open, each with the children met so far; a heading closes when one at its own
        // level or above comes, so a Heading 1 with two Heading 3s under it has two children.
        var open = new List<(AnalyzedLine Line, List<OutlineNode> Children)>();

        void CloseTo(int level)
        {
            while (open.Count > 0 && open[^1].Line.Level >= level)
            {
                var (line, children) = open[^1];
                open.RemoveAt(open.Count - 1);
                var node = new OutlineNode(line.Title, children, OwnNumbering(line, analysis.Convention));
                (open.Count == 0 ? roots : open[^1].Children).Add(node);
            }
        }

        foreach (var line in analysis.Lines)
        {
            if (line.Level is not int level) continue;
            CloseTo(level);
            open.Add((line, []));
        }
        CloseTo(1);
        return roots;
    }

    // A heading numbered differently from the rest of its level keeps its own numbering, so "as authored"
    // reproduces it: another kind (1. among 一是 cousins), or another right form (一要 among 一是).
    // Wrong punctuation is not kept: the level's form repairs it.
    private static LevelFormat? OwnNumbering(AnalyzedLine line, DetectedConvention convention)
    {
        var level = line.Level!.Value;
        if (line.Kind != convention.DominantKinds[level - 1]) return convention.FormatFor(level, line.Kind);
        if (line.Marker is { IsCanonical: true, Kind.CanonicalForm: null } marker && marker.Form != convention.FormOf(level, marker.Kind))
        {
            return new LevelFormat(marker.NumFmt, marker.LvlText(level));
        }
        return null;
    }
}
