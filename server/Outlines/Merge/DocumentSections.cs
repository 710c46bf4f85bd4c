namespace OutlineAddin.Outlines.Merge;

/// <summary>A heading of the template in the document, with everything of the user's under it.</summary>
/// <param name="From">The heading of the old version it is.</param>
/// <param name="Content">
/// The paragraphs after it up to the next heading of the template, in order: the user's body paragraphs, and any heading
/// the user added with its own body (the user's content, which travels with the section it was written in).
/// </param>
internal sealed record DocumentSection(DocumentHeading Heading, int From, IReadOnlyList<int> Content)
{
    /// <summary>Whether anything the user wrote is under it: a paragraph that is not blank.</summary>
    public bool HoldsText(IReadOnlyList<SourceParagraph> paragraphs) => Content.Any(i => !string.IsNullOrWhiteSpace(paragraphs[i].Text));
}

/// <summary>The document's paragraphs cut at the template's headings.</summary>
/// <param name="Preamble">The paragraphs before the first heading of the template: they stay first.</param>
/// <param name="Sections">Each heading of the template found in the document, in the document's order.</param>
internal sealed record DocumentSections(IReadOnlyList<int> Preamble, IReadOnlyList<DocumentSection> Sections)
{
    public static DocumentSections Cut(int paragraphCount, IReadOnlyList<DocumentHeading> headings, IReadOnlyList<int> fromOfHeading)
    {
        var templateHeadings = Enumerable.Range(0, headings.Count).Where(h => fromOfHeading[h] >= 0).ToList();
        var sections = new List<DocumentSection>(templateHeadings.Count);
        for (var k = 0; k < templateHeadings.Count; k++)
        {
            var heading = headings[templateHeadings[k]];
            var end = k + 1 < templateHeadings.Count ? headings[templateHeadings[k + 1]].Paragraph : paragraphCount;
            var content = Enumerable.Range(heading.Paragraph + 1, end - heading.Paragraph - 1).ToList();
            sections.Add(new DocumentSection(heading, fromOfHeading[templateHeadings[k]], content));
        }
        var firstHeading = templateHeadings.Count > 0 ? headings[templateHeadings[0]].Paragraph : paragraphCount;
        return new DocumentSections(Enumerable.Range(0, firstHeading).ToList(), sections);
    }
}
