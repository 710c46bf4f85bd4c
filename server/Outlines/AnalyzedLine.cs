namespace OutlineAddin.Outlines;

/// <summary>One input line after analysis.</summary>
/// <param name="Level">1-based outline level; null for body text and empty lines.</param>
public sealed record AnalyzedLine(int Index, string Text, Marker? Marker, int? Level)
{
    public bool IsItem => Level is not null;

    public MarkerKind Kind => Marker?.Kind ?? MarkerKind.Unnumbered;

    /// <summary>The text without its marker and surrounding spaces.</summary>
    public string Title => (Marker is null ? Text : Text[Marker.End..]).Trim(TitleTrim);

    private static readonly char[] TitleTrim = [' ', '\t', '\u3000', '\u00A0'];
}
