namespace OutlineAddin.Numbering;

/// <summary>
/// One level of a numbering style, as Word models it: a number format and the literal level text in
/// which <c>%1</c>…<c>%9</c> stand for the counters of levels 1–9.
/// </summary>
/// <param name="Continuous">
/// True when the counter does not restart under a new parent (Word's <c>w:lvlRestart="0"</c>): the
/// articles of a law run 第一条…第九十条 across all its chapters.
/// </param>
public sealed record LevelFormat(NumFmt NumFmt, string LvlText, bool Continuous = false)
{
    public static readonly LevelFormat Unnumbered = new(NumFmt.None, "");
}
