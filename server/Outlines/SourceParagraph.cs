namespace OutlineAddin.Outlines;

/// <summary>A line of pasted text, or a document paragraph with the outline level of its heading style (1–9).</summary>
/// <param name="NumberedByWord">
/// The paragraph is an item of a Word list: Word draws its number, which its text does not hold. It is
/// part of the outline's structure, but its text is never given a marker of ours.
/// </param>
public sealed record SourceParagraph(string Text, int? OutlineLevel = null, bool NumberedByWord = false);

/// <summary>The two readings of the same text.</summary>
public enum ReadingMode
{
    /// <summary>An outline: every non-empty line is a heading, an unnumbered one included.</summary>
    Outline,

    /// <summary>A document: only numbered paragraphs and heading-styled ones are outline items; the rest is body text.</summary>
    Document,
}
