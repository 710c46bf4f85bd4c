using DocumentFormat.OpenXml.Wordprocessing;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.WordDocuments;

/// <summary>The outline's headings as Word paragraphs: one paragraph per node, in Heading N, and nothing else.</summary>
public static class OutlineBody
{
    /// <param name="numId">The list the headings are numbered by in list mode; null in text mode.</param>
    /// <remarks>
    /// List mode numbers every heading by its level: a Word list has one format per level, so a heading the author numbered
    /// differently from its level (<see cref="OutlineNode.Numbering"/>, kept by text mode as authored) takes its level's
    /// number there. Writing its own marker as text instead would leave it out of Word's count and shift every later
    /// sibling's number, which is worse than a uniform level.
    /// </remarks>
    public static IEnumerable<Paragraph> Paragraphs(WordOutline outline, int? numId)
    {
        var nodes = OutlineNode.Walk(outline.Nodes).ToList();
        if (nodes.Any(item => item.Depth > NumberingStyle.MaxLevels))
        {
            throw new ArgumentException($"Word has {NumberingStyle.MaxLevels} heading levels; check the outline with OutlineLimits first.", nameof(outline));
        }
        // The engine numbers the text; this writer never counts. In list mode Word counts, by the same levels.
        var lines = OutlineRenderer.Render(outline.Nodes, outline.Levels, outline.AsAuthored);
        for (var i = 0; i < lines.Count; i++)
        {
            var text = numId is null ? lines[i].Text : nodes[i].Node.Title;
            yield return Heading(lines[i].Level, text, numId, outline.Typography);
        }
    }

    private static Paragraph Heading(int level, string text, int? numId, Typography typography)
    {
        var direct = typography is { Preset: TypographyPreset.Gongwen, Application: TypographyApplication.Direct };
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = HeadingStyles.StyleId(level) });
        // numId 0 takes the paragraph out of any list: a document whose Heading styles are linked to a list would otherwise
        // number a typed marker a second time.
        properties.Append(new NumberingProperties(
            new NumberingLevelReference { Val = numId is null ? 0 : level - 1 },
            new NumberingId { Val = numId ?? 0 }));
        if (direct)
        {
            properties.Append(GongwenFormatting.Spacing(), GongwenFormatting.Indent());
            properties.Append(GongwenFormatting.MarkProperties(level, typography));
        }
        var runs = FieldRuns.Build(text, () => direct ? GongwenFormatting.RunProperties(level, typography) : null);
        return new Paragraph(new[] { properties }.Concat<DocumentFormat.OpenXml.OpenXmlElement>(runs));
    }
}
