namespace OutlineAddin.Outlines;

/// <summary>One input line after analysis.</summary>
/// <param name="Level">1-based outline level; null for body text and empty lines.</param>
public sealed record AnalyzedLine(int Index, string Text, Marker? Marker, int? Level)
{
    public bool IsItem => Level is not null;

    public MarkerKind Kind => Marker?.Kind ?? MarkerKind.Unnumbered;

    /// <summary>
    /// True for a 1 that opens a second list after body text: the lead-in of an article's second list
    /// (单位应当提供下列材料：), a title (条文说明), an attachment (附件2). Its number is the author's, not a slip.
    /// </summary>
    public bool StartsAList { get; init; }

    /// <summary>
    /// Word draws this item's marker (its list label, <see cref="SourceParagraph.ListString"/>), which its text does not
    /// hold: the marker changes by changing the list, and the text never does.
    /// </summary>
    public bool DrawnByWord { get; init; }

    /// <summary>The text without its marker, any prefix pasted before it (📌, ##, •) and surrounding spaces.</summary>
    public string Title
    {
        get
        {
            var start = Marker?.End ?? PastedPrefix.ContentStart(Text);
            var end = Text.Length;
            while (end > start && MarkerRecognizer.IsSpace(Text[end - 1])) end--;
            return Text[start..end];
        }
    }
}
