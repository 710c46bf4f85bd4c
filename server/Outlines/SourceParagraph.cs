namespace OutlineAddin.Outlines;

/// <summary>A line of pasted text, or a document paragraph with the outline level of its heading style (1–9).</summary>
/// <param name="NumberedByWord">
/// The paragraph is an item of a Word list: Word draws its number, which its text does not hold. It is
/// part of the outline's structure, but its text is never given a marker of ours.
/// </param>
/// <param name="ListString">
/// The label Word draws for such an item (listItem.listString: <c>（二）</c>, <c>第一章</c>): read as the
/// paragraph's marker, so an auto-numbered document is analysed as it is seen. Changing it is changing the list, never the text.
/// </param>
public sealed record SourceParagraph(string Text, int? OutlineLevel = null, bool NumberedByWord = false, string? ListString = null)
{
    /// <summary>Word's label, if it draws one that is not blank.</summary>
    public string? Label => NumberedByWord && !string.IsNullOrWhiteSpace(ListString) ? ListString : null;

    /// <summary>
    /// The paragraph as a reader sees it: the label, then the tab Word draws after a number by default (so
    /// <c>1</c> and <c>范围</c> read as <c>1 范围</c>, not as the number 1范围), then the text.
    /// </summary>
    public string Drawn => Label is { } label ? string.Concat(label, "\t", Text) : Text ?? "";
}

/// <summary>The two readings of the same text.</summary>
public enum ReadingMode
{
    /// <summary>An outline: every non-empty line is a heading, an unnumbered one included.</summary>
    Outline,

    /// <summary>A document: only numbered paragraphs and heading-styled ones are outline items; the rest is body text.</summary>
    Document,
}
