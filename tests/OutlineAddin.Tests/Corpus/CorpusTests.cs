using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Tests.Outlines;

namespace OutlineAddin.Tests.Corpus;

/// <summary>
/// The engine on real texts people wrote: laws, government reports, standards, notices, 党建 plans, text
/// pasted from web pages and WeChat. Each excerpt names its source; what the engine must make of it was
/// written by hand against the conventions (see each file's notes for the cases that are a choice).
/// </summary>
public class CorpusTests
{
    public static TheoryData<string> Documents() => new(CorpusDocument.Names());

    public static TheoryData<string, string> DocumentsAndStyles()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in CorpusDocument.Names())
        {
            foreach (var style in BuiltInStyles.All) data.Add(name, style.Id);
        }
        return data;
    }

    [Fact]
    public void Holds_at_least_sixty_real_excerpts_each_with_its_source()
    {
        var documents = CorpusDocument.Names().Select(CorpusDocument.Load).ToList();
        Assert.True(documents.Count >= 60, $"{documents.Count} excerpts");
        Assert.All(documents, document =>
        {
            Assert.StartsWith("http", document.Source);
            Assert.False(string.IsNullOrWhiteSpace(document.Title));
            Assert.Equal(document.Text.Count, document.Levels.Count);
            Assert.Equal(document.Text.Count, document.Repair.Count);
            Assert.Equal(BuiltInStyles.All.Select(style => style.Id).Order(), document.Styles.Keys.Order());
        });
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reads_each_paragraph_s_level_as_a_document(string name)
    {
        var document = CorpusDocument.Load(name);
        var analysis = OutlineAnalysis.Analyze(Paragraphs(document), ReadingMode.Document);
        Assert.Equal(Numbered(document.Text, document.Levels), Numbered(document.Text, analysis.Lines.Select(line => line.Level).ToList()));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Imports_the_outline_and_keeps_the_body_text_out(string name)
    {
        var document = CorpusDocument.Load(name);
        var result = OutlineParser.Parse(string.Join('\n', document.Text));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(document.Import, OutlineTreeText.Write(result.Nodes));
        Assert.Equal(document.KeptOut, result.KeptOut.Select(index => index + 1));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Repair_writes_the_expected_text_and_leaves_nothing_to_repair(string name)
    {
        var document = CorpusDocument.Load(name);
        var repaired = Renumber(document.Text, null);
        Assert.Equal(Numbered(document.Repair), Numbered(repaired));

        // Repair fixes everything it reports: a second look finds nothing, a second repair changes nothing.
        var again = Renumberer.Renumber(repaired.Select(text => new SourceParagraph(text)).ToList(), null);
        Assert.Empty(again.Problems);
        Assert.Equal(repaired, again.Paragraphs.Select(paragraph => paragraph.Text));
        // …and it reports exactly the lines it changes.
        var reported = Renumberer.Renumber(Paragraphs(document), null).Problems.Select(problem => problem.Index).Distinct().Order();
        var changed = Enumerable.Range(0, repaired.Count).Where(i => repaired[i] != document.Text[i]);
        Assert.Equal(changed, reported);
    }

    [Theory]
    [MemberData(nameof(DocumentsAndStyles))]
    public void Switching_style_writes_the_expected_markers(string name, string styleId)
    {
        var document = CorpusDocument.Load(name);
        var switched = Renumber(document.Text, BuiltInStyles.Find(styleId));
        Assert.Equal(string.Join(" | ", document.Styles[styleId]), string.Join(" | ", NewMarkers(document.Text, switched)));
    }

    /// <summary>
    /// The property every renumbering keeps, in every style and in repair: a paragraph that is not a heading
    /// comes back byte for byte; a heading changes only in its marker and the separator after it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Documents))]
    public void Only_markers_ever_change(string name)
    {
        var document = CorpusDocument.Load(name);
        var analysis = OutlineAnalysis.Analyze(Paragraphs(document), ReadingMode.Document);
        foreach (var style in BuiltInStyles.All.Append(null))
        {
            var output = Renumber(document.Text, style);
            Assert.Equal(document.Text.Count, output.Count);
            foreach (var line in analysis.Lines)
            {
                var (before, after) = (line.Text, output[line.Index]);
                if (line.Marker is not { } marker)
                {
                    Assert.Equal(before, after);
                    continue;
                }
                var keptAfter = marker.End;
                Assert.StartsWith(before[..marker.Offset], after, StringComparison.Ordinal);
                Assert.EndsWith(before[keptAfter..], after, StringComparison.Ordinal);
                Assert.True(after.Length >= marker.Offset + before.Length - keptAfter, $"“{after}” lost text of “{before}”");
            }
        }
    }

    private static List<SourceParagraph> Paragraphs(CorpusDocument document) => document.Text.Select(text => new SourceParagraph(text)).ToList();

    private static IReadOnlyList<string> Renumber(IReadOnlyList<string> text, NumberingStyle? style) =>
        Renumberer.Renumber(text.Select(line => new SourceParagraph(line)).ToList(), style).Paragraphs.Select(paragraph => paragraph.Text).ToList();

    // The marker each numbered paragraph got: what replaced the old marker and the spaces after it.
    private static IEnumerable<string> NewMarkers(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var analysis = OutlineAnalysis.Analyze(before.Select(line => new SourceParagraph(line)).ToList(), ReadingMode.Document);
        foreach (var line in analysis.Lines)
        {
            if (line.Level is null || line.Marker is not { } marker) continue;
            var rest = before[line.Index].Length - marker.End;
            yield return after[line.Index][marker.Offset..(after[line.Index].Length - rest)].TrimEnd();
        }
    }

    // Lines prefixed with their number, so that a failure points at the line.
    private static IReadOnlyList<string> Numbered(IReadOnlyList<string> lines) => lines.Select((line, i) => $"{i + 1}: {line}").ToList();

    private static IReadOnlyList<string> Numbered(IReadOnlyList<string> lines, IReadOnlyList<int?> levels) =>
        lines.Select((line, i) => $"{i + 1} [{levels[i]?.ToString() ?? "-"}] {line}").ToList();
}
