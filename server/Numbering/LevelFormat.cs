namespace OutlineAddin.Numbering;

/// <summary>
/// One level of a numbering style, as Word models it: a number format and the literal level text in
/// which <c>%1</c>…<c>%9</c> stand for the counters of levels 1–9.
/// </summary>
/// <param name="Continuous">
/// True when the counter does not restart under a new parent (Word's <c>w:lvlRestart="0"</c>): the
/// articles of a law run 第一条…第九十条 across all its chapters.
/// </param>
/// <param name="Start">
/// The number the level's first item shows (Word's <c>w:start</c>): an excerpt pasted from 五、 on
/// starts at 5. Only the first level's is used, since deeper levels start again under each parent.
/// </param>
public sealed record LevelFormat(NumFmt NumFmt, string LvlText, bool Continuous = false, int Start = 1)
{
    public static readonly LevelFormat Unnumbered = new(NumFmt.None, "");
}
