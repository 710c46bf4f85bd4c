namespace OutlineAddin.Outlines;

/// <summary>
/// What WeChat, Markdown editors and web pages put in front of a heading: an emoji (📌 ✅ ▶ ■), a
/// Markdown heading sign (<c>#</c>…<c>######</c>), a bullet (<c>•</c>, <c>- </c>, <c>* </c>, <c>&gt; </c>).
/// It is not part of the heading: the marker is read after it, and an imported title leaves it out.
/// </summary>
public static class PastedPrefix
{
    /// <summary>Where the line's content starts: after its indentation and any pasted prefixes.</summary>
    public static int ContentStart(string line)
    {
        var at = MarkerRecognizer.SkipSpaces(line, 0);
        while (at < line.Length)
        {
            var prefixEnd = PrefixEnd(line, at);
            if (prefixEnd == at) break;
            at = MarkerRecognizer.SkipSpaces(line, prefixEnd);
        }
        return at;
    }

    private static int PrefixEnd(string line, int at)
    {
        var c = line[at];
        if (c == '#')
        {
            var end = at;
            while (end < line.Length && line[end] == '#' && end - at < 6) end++;
            return end;
        }
        // A Markdown bullet or quote needs its space: -5% and *注 are text.
        if (c is '-' or '*' or '+' or '>') return at + 1 < line.Length && MarkerRecognizer.IsSpace(line[at + 1]) ? at + 1 : at;
        if (c is '•' or '‣' or '⁃' or '·' or '√') return at + 1;
        if (IsSymbol(c)) return SkipEmojiModifiers(line, at + 1);
        if (CodePointAt(line, at) is >= 0x1F000 and <= 0x1FAFF)
        {
            return SkipEmojiModifiers(line, at + 2);
        }
        return at;
    }

    // Arrows, geometric shapes (■ ▶ ●), miscellaneous symbols and dingbats (★ ✅ ✔ ❤), ⭐. Not the
    // enclosed numbers ① ⑴ ⒈ (U+2460–24FF): those are markers.
    private static bool IsSymbol(char c) =>
        c is >= '\u2190' and <= '\u21FF' or >= '\u25A0' and <= '\u25FF' or >= '\u2600' and <= '\u27BF' or >= '\u2B00' and <= '\u2BFF';

    // The variation selector that asks for the colour glyph, and skin tones.
    private static int SkipEmojiModifiers(string line, int at)
    {
        while (at < line.Length)
        {
            if (line[at] == '\uFE0F') at++;
            else if (CodePointAt(line, at) is >= 0x1F3FB and <= 0x1F3FF) at += 2;
            else break;
        }
        return at;
    }

    // The code point of a surrogate pair at this place; 0 for anything else, a lone surrogate included.
    private static int CodePointAt(string line, int at) =>
        at + 1 < line.Length && char.IsSurrogatePair(line[at], line[at + 1]) ? char.ConvertToUtf32(line[at], line[at + 1]) : 0;
}
