namespace OutlineAddin.Outlines;

/// <summary>A line of pasted text, or a document paragraph with the outline level of its heading style (1–9).</summary>
public sealed record SourceParagraph(string Text, int? OutlineLevel = null);

/// <summary>The two readings of the same text.</summary>
public enum ReadingMode
{
    /// <summary>An outline: every non-empty line is a heading, an unnumbered one included.</summary>
    Outline,

    /// <summary>A document: only numbered paragraphs and heading-styled ones are outline items; the rest is body text.</summary>
    Document,
}
