using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines.Merge;

/// <summary>A heading of the inserted outline as it stands in the document.</summary>
/// <param name="Paragraph">Its index among the document's paragraphs.</param>
/// <param name="Level">Its outline level (1–9).</param>
/// <param name="Title">Its text without its marker (<c>（二）强化作风建设</c> → <c>强化作风建设</c>).</param>
internal sealed record DocumentHeading(int Paragraph, int Level, string Title)
{
    public TitleShape Shape { get; } = new(Title);
}

/// <summary>
/// The headings among the document's paragraphs, and the numbering they are written in. A heading is a paragraph with an
/// outline level: the outline's own headings were inserted so, and a body paragraph that happens to start 1. or 一是
/// is the user's writing, never a heading.
/// </summary>
internal sealed record DocumentHeadings(IReadOnlyList<DocumentHeading> Headings, IReadOnlyList<LevelFormat> DetectedLevels)
{
    public static DocumentHeadings Read(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var indices = Enumerable.Range(0, paragraphs.Count)
            .Where(i => paragraphs[i].OutlineLevel is >= 1 and <= NumberingStyle.MaxLevels)
            .ToList();
        // Only the headings are analysed: the markers are read in the sequence they number (一、二、三、), without body text between.
        var analysis = OutlineAnalysis.Analyze(indices.Select(i => new SourceParagraph(paragraphs[i].Text ?? "", paragraphs[i].OutlineLevel)).ToList(),
            ReadingMode.Document);
        var headings = indices.Select((paragraph, i) => new DocumentHeading(paragraph, paragraphs[paragraph].OutlineLevel!.Value, analysis.Lines[i].Title)).ToList();
        return new DocumentHeadings(headings, analysis.Convention.Levels);
    }
}
