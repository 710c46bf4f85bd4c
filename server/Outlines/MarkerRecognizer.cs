using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>
/// Finds the numbering marker at the start of one line, or says there is none. Knows the right forms,
/// their common wrong forms, and the look-alikes that are not markers (一季度, 1.5万人, 2024.3.5,
/// 〔2024〕5号, 一、二季度, 第三条第（一）项, an inline 一是…；二是… enumeration).
/// Works on the text as written: enclosed glyphs are read before any normalisation could turn ① into 1.
/// </summary>
public static class MarkerRecognizer
{
    private const int MaxDecimalMarker = 999;
    private const int MaxBareNumeral = 99;

    // After a bare numeral these make a word, not a point: 一季度, 一方面, 三大工程, 四风, 两个…
    private const string WordFormingAfterNumeral =
        "季月年日天周号时点分秒方面个些次项名位批期级类种件份条款章节篇段句层届把线流带体化大中小心意致样般起切直定同并道律手度成倍元万千亿余公后岁人家户门所座场轮代支队组套部本张封笔趟遍回下生旦再贯向风会全好新多少半";

    // After 一是 / 一要 these make a word, not a point: 一是非, 一要素, 一要求.
    private const string WordFormingAfterShi = "非否";
    private const string WordFormingAfterYao = "素求点务闻件害领义旨";

    // After 第N条 these make a reference or a word, not a heading: 第三条第（一）项, 第五条规定, 第一节课, 第一章节.
    private const string ReferenceAfterArticle = "第（(款项之的中所和至、，,规及或课节";

    // Outlines number in the tens at most; "CD." or "MIX." is a word that happens to spell a Roman numeral.
    private const int MaxRomanMarker = 39;

    /// <summary>
    /// Spaces (ASCII, full-width, no-break, and the typographic en and em spaces of official layouts), and the
    /// invisible format characters pasted text and Word carry (zero-width space, direction marks, BOM).
    /// </summary>
    public static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\u3000' or '\u00A0' or (>= '\u2000' and <= '\u200F') or '\u202F' or '\u205F' or '\u2060' or '\uFEFF';

    public static Marker? Recognize(string line)
    {
        var start = PastedPrefix.ContentStart(line);
        if (start >= line.Length) return null;

        var c = line[start];
        var marker =
            c == '第' ? Legal(line, start)
            : IsEnclosedGlyph(c) ? EnclosedGlyph(line, start)
            : c is '（' or '(' ? Bracketed(line, start)
            : ChineseNumerals.IsNumeralChar(c) ? ChineseNumeralFirst(line, start)
            : IsDigit(c) ? DigitsFirst(line, start)
            : IsAsciiLetter(c) ? Latin(line, start)
            : null;
        return marker is null ? null : WithTrailingSpaces(line, marker);
    }

    private static Marker WithTrailingSpaces(string line, Marker marker)
    {
        var end = marker.End;
        while (end < line.Length && IsSpace(line[end])) end++;
        return marker with { Length = end - marker.Offset };
    }

    private static Marker Make(
        string line, int start, int end, MarkerKind kind, int value, string form, NumFmt numFmt,
        bool isCanonical, bool halfWidthBracket = false) =>
        new(kind, value, start, end - start, form, numFmt, isCanonical, halfWidthBracket, line[start..end]);

    // 第一章 第一节 第一条 第一， and 第1章 第1条 with Arabic digits
    private static Marker? Legal(string line, int start)
    {
        var withDigits = start + 1 < line.Length && IsDigit(line[start + 1]);
        var (value, end, numFmt) = withDigits ? ReadDigitsAsNumber(line, start + 1) : ReadChineseNumber(line, start + 1);
        if (value is null || end >= line.Length) return null;
        var c = line[end];
        var shape = c switch { '章' => MarkerShape.Chapter, '节' => MarkerShape.Section, '条' => MarkerShape.Article, _ => MarkerShape.None };
        if (shape != MarkerShape.None)
        {
            var after = end + 1;
            if (after < line.Length && ReferenceAfterArticle.Contains(line[after])) return null;
            // The space after 第一章 is part of the convention: keep which one the author used.
            var form = after < line.Length && IsSpace(line[after]) ? $"第%{c}{(line[after] == '\u3000' ? '\u3000' : ' ')}" : $"第%{c}";
            var system = withDigits ? NumeralSystem.Decimal : NumeralSystem.Chinese;
            return Make(line, start, after, new MarkerKind(system, shape), value.Value, form, numFmt, isCanonical: true);
        }
        if (withDigits) return null;
        if (c is '，' or ',' or '、')
        {
            if (IsInlineEnumeration(line, end + 1, value.Value, "第", c.ToString())) return null;
            return Make(line, start, end + 1, new MarkerKind(NumeralSystem.Chinese, MarkerShape.Ordinal), value.Value,
                $"第%{c}", numFmt, isCanonical: c == '，');
        }
        return null;
    }

    private static bool IsEnclosedGlyph(char c) =>
        NumberFormatter.CircledValue(c) > 0
        || c is >= '\u2474' and <= '\u249B' // ⑴…⒇ and ⒈…⒛
        || c is >= '\u3220' and <= '\u3229'; // ㈠…㈩

    // ① is right; ⑴ ⒈ ㈠ are one-glyph stand-ins for （1） 1. （一）; ①、 and ①. carry needless punctuation.
    private static Marker? EnclosedGlyph(string line, int start)
    {
        var c = line[start];
        var end = start + 1;
        var hasTrailingPunctuation = end < line.Length && line[end] is '、' or '.' or '．';
        if (hasTrailingPunctuation) end++;
        var circled = NumberFormatter.CircledValue(c);
        if (circled > 0)
        {
            return Make(line, start, end, new MarkerKind(NumeralSystem.Circled, MarkerShape.Bare), circled, "%",
                NumFmt.DecimalEnclosedCircle, isCanonical: !hasTrailingPunctuation);
        }
        var (kind, value) = c switch
        {
            <= '\u2487' => (new MarkerKind(NumeralSystem.Decimal, MarkerShape.Paren), c - 0x2474 + 1),
            <= '\u249B' => (new MarkerKind(NumeralSystem.Decimal, MarkerShape.Separator), c - 0x2488 + 1),
            _ => (new MarkerKind(NumeralSystem.Chinese, MarkerShape.Paren), c - 0x3220 + 1),
        };
        return Make(line, start, end, kind, value, kind.CanonicalForm!, kind.DefaultNumFmt, isCanonical: false);
    }

    // （一） (一) （一) （1） (1) (a) （一）、 and, typed carelessly, (一 ) （ 1 ）
    private static Marker? Bracketed(string line, int start)
    {
        var open = line[start];
        var tokenStart = SkipSpaces(line, start + 1);
        var token = ReadToken(line, tokenStart);
        if (token is null) return null;
        var (kind, value, numFmt, tokenEnd) = token.Value;
        var end = SkipSpaces(line, tokenEnd);
        var spacedInside = tokenStart > start + 1 || end > tokenEnd;
        if (end >= line.Length || line[end] is not ('）' or ')')) return null;
        var close = line[end];
        end++;
        var extra = end < line.Length && line[end] is '、' or '.' or '．' ? line[end].ToString() : "";
        end += extra.Length;
        var parenKind = kind with { Shape = MarkerShape.Paren };
        var form = $"{open}%{close}{extra}";
        var isLatin = parenKind.System is not (NumeralSystem.Chinese or NumeralSystem.Decimal);
        var halfWidth = !isLatin && (open == '(' || close == ')');
        var isCanonical = !spacedInside && extra.Length == 0 && (isLatin ? form == "(%)" : form == "（%）") && numFmt != NumFmt.DecimalFullWidth;
        return Make(line, start, end, parenKind, value, form, numFmt, isCanonical, halfWidth);
    }

    // 一、 一. 一，  一是 一要  一） and the bare 一抓好… (a point only when it runs in sequence)
    private static Marker? ChineseNumeralFirst(string line, int start)
    {
        var (value, end, numFmt) = ReadChineseNumber(line, start);
        if (value is null || end >= line.Length) return null;
        if (IsSpace(line[end]) && SpacedSeparator(line, end) is { } spaced)
        {
            // 一 、 and 一 ) are the right marker typed with a space before its punctuation.
            var kind = new MarkerKind(NumeralSystem.Chinese, line[spaced] is '）' or ')' ? MarkerShape.Paren : MarkerShape.Separator);
            return Make(line, start, spaced + 1, kind, value.Value, kind.CanonicalForm!, numFmt, isCanonical: false, halfWidthBracket: line[spaced] == ')');
        }
        var c = line[end];
        switch (c)
        {
            case '是' or '要':
            {
                var wordForming = c == '是' ? WordFormingAfterShi : WordFormingAfterYao;
                if (end + 1 < line.Length && wordForming.Contains(line[end + 1])) return null;
                if (IsInlineEnumeration(line, end + 1, value.Value, "", c.ToString())) return null;
                var after = end + 1;
                var comma = after < line.Length && line[after] is '，' or '：' ? line[after].ToString() : "";
                return Make(line, start, after + comma.Length, new MarkerKind(NumeralSystem.Chinese, MarkerShape.ShiYao),
                    value.Value, $"%{c}{comma}", numFmt, isCanonical: comma != "：");
            }
            case '、' or '.' or '．' or '，' or ',':
            {
                // 一、二季度累计… lists numerals, but 三、四季度工作打算 is the third heading: the analysis decides by the sequence.
                var separated = Make(line, start, end + 1, new MarkerKind(NumeralSystem.Chinese, MarkerShape.Separator),
                    value.Value, $"%{c}", numFmt, isCanonical: c == '、');
                return separated with { CountsOnlyInSequence = StartsRange(line, end + 1, value.Value) };
            }
            case '）' or ')':
                return Make(line, start, end + 1, new MarkerKind(NumeralSystem.Chinese, MarkerShape.Paren),
                    value.Value, $"%{c}", numFmt, isCanonical: false, halfWidthBracket: c == ')');
            default:
                if (value > MaxBareNumeral || !IsCjkIdeograph(c) || WordFormingAfterNumeral.Contains(c)) return null;
                return Make(line, start, end, new MarkerKind(NumeralSystem.Chinese, MarkerShape.Bare),
                    value.Value, "%", numFmt, isCanonical: true);
        }
    }

    // 1. 1、 1． １． 1） 1.1 1.1.1 and the clause number "1 " of GB/T 1.1
    private static Marker? DigitsFirst(string line, int start)
    {
        var (value, end, fullWidth) = ReadDigits(line, start);
        if (value is null || end >= line.Length) return null;
        var numFmt = fullWidth ? NumFmt.DecimalFullWidth : NumFmt.Decimal;
        var c = line[end];
        var next = end + 1 < line.Length ? line[end + 1] : '\0';

        if (c == '.' && IsSpace(next) && Clause(line, start) is { } spacedClause) return spacedClause;
        if (c == '.' && IsDigit(next))
        {
            // 20.2026年10件民生实事 reads as a decimal; it is item 20 only between 19. and 21. A decimal with a
            // unit or a percent sign (1.5万人, 3.2%) never is.
            if (Clause(line, start) is { } clause) return clause;
            if (value > MaxDecimalMarker || IsQuantity(line, end + 1)) return null;
            var decimalMarker = Make(line, start, end + 1, new MarkerKind(NumeralSystem.Decimal, MarkerShape.Separator), value.Value, "%.", numFmt,
                isCanonical: !fullWidth);
            return decimalMarker with { CountsOnlyInSequence = true };
        }
        if (c is '.' or '．' or '、')
        {
            // 1.5万人, 3.2%, 1、2、3号: a number, not a marker.
            if (IsDigit(next) || value > MaxDecimalMarker || next is '%' or '％') return null;
            return Make(line, start, end + 1, new MarkerKind(NumeralSystem.Decimal, MarkerShape.Separator), value.Value,
                $"%{c}", numFmt, isCanonical: c == '.' && !fullWidth);
        }
        if (c is '）' or ')')
        {
            if (value > MaxDecimalMarker) return null;
            return Make(line, start, end + 1, new MarkerKind(NumeralSystem.Decimal, MarkerShape.Paren), value.Value,
                $"%{c}", numFmt, isCanonical: false, halfWidthBracket: c == ')');
        }
        if (IsSpace(c))
        {
            if (value <= MaxDecimalMarker && SpacedSeparator(line, end) is { } spaced)
            {
                var kind = new MarkerKind(NumeralSystem.Decimal, line[spaced] is '）' or ')' ? MarkerShape.Paren : MarkerShape.Separator);
                return Make(line, start, spaced + 1, kind, value.Value, kind.CanonicalForm!, numFmt, isCanonical: false, halfWidthBracket: line[spaced] == ')');
            }
            return Clause(line, start);
        }
        return null;
    }

    // The fraction of a decimal followed by a unit: 1.5万, 3.2%, 0.5个百分点, or by more dots (1.0.1万元); but
    // 20.2026年 puts a year after item 20.
    private static bool IsQuantity(string line, int fractionStart)
    {
        var end = fractionStart;
        while (end < line.Length && IsDigit(line[end])) end++;
        if (end >= line.Length) return true;
        var unit = line[end];
        var isYear = unit == '年' && end - fractionStart == 4;
        return unit is '%' or '％' or '‰' or '.' || (WordFormingAfterNumeral.Contains(unit) && !isYear);
    }

    // The punctuation of a marker typed after a space (一 、 1 ．): where it is, or null.
    private static int? SpacedSeparator(string line, int from)
    {
        var at = SkipSpaces(line, from);
        if (at >= line.Length || line[at] is not ('、' or '.' or '．' or '）' or ')')) return null;
        var next = at + 1 < line.Length ? line[at + 1] : '\0';
        return IsDigit(next) ? null : at;
    }

    /// <summary>Where the spaces (<see cref="IsSpace"/>) starting at <paramref name="at"/> end.</summary>
    public static int SkipSpaces(string line, int at)
    {
        while (at < line.Length && IsSpace(line[at])) at++;
        return at;
    }

    // 1 / 1.1 / 1.1.1 followed by a space (GB/T 1.1), whatever the title starts with (5 人员要求); the
    // article numbers of engineering codes, 1.0.1 (GB 50xxx), which may run straight into the title.
    // 2024.3.5, 3.2% and v1.2.3 are not clause numbers.
    private static Marker? Clause(string line, int start)
    {
        var numbers = new List<int>();
        var i = start;
        var spacedInside = false;
        while (true)
        {
            var (value, end, fullWidth) = ReadDigits(line, i, zeroAllowed: numbers.Count > 0);
            if (value is null || fullWidth) return null;
            numbers.Add(value.Value);
            i = end;
            if (i + 1 < line.Length && line[i] == '.' && IsDigit(line[i + 1])) { i++; continue; }
            // Text copied out of a PDF splits 3.1 into "3. 1 字": the clause, written wrongly.
            if (i + 1 < line.Length && line[i] == '.' && IsSpace(line[i + 1]) && SpacedClauseContinues(line, i + 1) is int next)
            {
                (i, spacedInside) = (next, true);
                continue;
            }
            break;
        }
        if (numbers.Count > NumberingStyle.MaxLevels || numbers[0] > 99 || numbers.Any(n => n > MaxDecimalMarker)) return null;
        if (i >= line.Length) return null;
        var isCode = numbers.Count >= 3 && IsCjkIdeograph(line[i]) && !WordFormingAfterNumeral.Contains(line[i]);
        if (!IsSpace(line[i]) && !isCode) return null;
        var titleStart = SkipSpaces(line, i);
        // A title starts with a word (or a quotation of one), not with a digit or the debris of a web page (4 }, y8).
        if (titleStart >= line.Length || !(char.IsLetter(line[titleStart]) || "“‘《〈「『（(【\"".Contains(line[titleStart]))) return null;
        var clauseMarker = Make(line, start, i, new MarkerKind(NumeralSystem.Decimal, MarkerShape.Clause, numbers.Count),
            numbers[^1], " ", NumFmt.Decimal, isCanonical: !spacedInside);
        return clauseMarker with { ClauseNumbers = numbers };
    }

    // After "3. ": the digits of the clause's next number, if a space follows them ("3. 1 字word"); else null.
    private static int? SpacedClauseContinues(string line, int from)
    {
        var at = SkipSpaces(line, from);
        var (value, end, fullWidth) = ReadDigits(line, at, zeroAllowed: true);
        return value is null || fullWidth || end >= line.Length || !IsSpace(line[end]) ? null : at;
    }

    // I. II. A. a. a) i.
    private static Marker? Latin(string line, int start)
    {
        var token = ReadToken(line, start);
        if (token is null) return null;
        var (kind, value, numFmt, end) = token.Value;
        if (end >= line.Length || line[end] is not ('.' or '．' or '、' or ')' or '）')) return null;
        var sep = line[end];
        var after = end + 1 < line.Length ? line[end + 1] : ' ';
        // e.g., a.m., No.5: a letter run on by another letter or digit is a word.
        if (IsAsciiLetter(after) || IsDigit(after) || after == '.') return null;
        var isLower = kind.System is NumeralSystem.LowerLetter or NumeralSystem.LowerRoman;
        var isCanonical = sep == '.' || (isLower && sep == ')');
        var marker = Make(line, start, end + 1, kind with { Shape = MarkerShape.Separator }, value, $"%{sep}", numFmt, isCanonical,
            halfWidthBracket: false);
        if (kind.System is NumeralSystem.UpperLetter or NumeralSystem.LowerLetter)
        {
            marker = marker with { RomanAlternative = NumberFormatter.RomanValue(line.AsSpan(start, end - start)) };
        }
        return marker;
    }

    /// <summary>A number token inside brackets or before a separator: Chinese, digits, a letter or a Roman numeral.</summary>
    private static (MarkerKind Kind, int Value, NumFmt NumFmt, int End)? ReadToken(string line, int start)
    {
        if (start >= line.Length) return null;
        var c = line[start];
        if (ChineseNumerals.IsNumeralChar(c))
        {
            var (value, end, numFmt) = ReadChineseNumber(line, start);
            if (value is null) return null;
            return (new MarkerKind(NumeralSystem.Chinese, MarkerShape.Separator), value.Value, numFmt, end);
        }
        if (IsDigit(c))
        {
            var (value, end, fullWidth) = ReadDigits(line, start);
            if (value is null || value > MaxDecimalMarker) return null;
            return (new MarkerKind(NumeralSystem.Decimal, MarkerShape.Separator), value.Value,
                fullWidth ? NumFmt.DecimalFullWidth : NumFmt.Decimal, end);
        }
        if (!IsAsciiLetter(c)) return null;
        var letterEnd = start;
        while (letterEnd < line.Length && letterEnd - start < 8 && IsAsciiLetter(line[letterEnd])) letterEnd++;
        var letters = line.AsSpan(start, letterEnd - start);
        var upper = char.IsUpper(letters[0]);
        foreach (var letter in letters)
        {
            if (char.IsUpper(letter) != upper) return null;
        }
        if (letters.Length == 1)
        {
            var system = upper ? NumeralSystem.UpperLetter : NumeralSystem.LowerLetter;
            return (new MarkerKind(system, MarkerShape.Separator), char.ToUpperInvariant(letters[0]) - 'A' + 1,
                upper ? NumFmt.UpperLetter : NumFmt.LowerLetter, letterEnd);
        }
        var roman = NumberFormatter.RomanValue(letters);
        if (roman is 0 or > MaxRomanMarker) return null;
        return (new MarkerKind(upper ? NumeralSystem.UpperRoman : NumeralSystem.LowerRoman, MarkerShape.Separator), roman,
            upper ? NumFmt.UpperRoman : NumFmt.LowerRoman, letterEnd);
    }

    private static (int? Value, int End, NumFmt NumFmt) ReadChineseNumber(string line, int start)
    {
        var (value, end, numeral) = ReadChineseNumeral(line, start);
        return (value, end, ChineseNumerals.IsLegalForm(numeral) ? NumFmt.ChineseLegalSimplified : NumFmt.ChineseCounting);
    }

    private static (int? Value, int End, NumFmt NumFmt) ReadDigitsAsNumber(string line, int start)
    {
        var (value, end, fullWidth) = ReadDigits(line, start);
        return (value > MaxDecimalMarker ? null : value, end, fullWidth ? NumFmt.DecimalFullWidth : NumFmt.Decimal);
    }

    private static (int? Value, int End, string Numeral) ReadChineseNumeral(string line, int start)
    {
        var end = start;
        while (end < line.Length && end - start < 8 && ChineseNumerals.IsNumeralChar(line[end])) end++;
        if (end < line.Length && ChineseNumerals.IsNumeralChar(line[end])) return (null, end, "");
        var numeral = line[start..end];
        return (ChineseNumerals.Parse(numeral), end, numeral);
    }

    private static (int? Value, int End, bool FullWidth) ReadDigits(string line, int start, bool zeroAllowed = false)
    {
        var end = start;
        var value = 0;
        var anyFullWidth = false;
        var anyHalfWidth = false;
        while (end < line.Length && IsDigit(line[end]))
        {
            if (end - start >= 6) return (null, end, false);
            var c = line[end];
            var fullWidth = c >= '０';
            anyFullWidth |= fullWidth;
            anyHalfWidth |= !fullWidth;
            value = value * 10 + (fullWidth ? c - '０' : c - '0');
            end++;
        }
        if (end == start || (anyFullWidth && anyHalfWidth) || (value == 0 && !zeroAllowed)) return (null, end, false);
        return (value, end, anyFullWidth);
    }

    // 一、二季度 and 一、二、三等奖 list numerals; they do not open a point.
    private static bool StartsRange(string line, int at, int value)
    {
        if (at >= line.Length || !ChineseNumerals.IsNumeralChar(line[at])) return false;
        var (next, end, _) = ReadChineseNumeral(line, at);
        return next == value + 1 || (end < line.Length && line[end] is '、' or '至' or '到' or '，');
    }

    // 一是加强学习；二是改进作风 is one paragraph listing its points, not a heading.
    private static bool IsInlineEnumeration(string line, int from, int value, string prefix, string suffix)
    {
        var nextMarker = prefix + ChineseNumerals.Format(value + 1) + suffix;
        var at = line.IndexOf(nextMarker, from, StringComparison.Ordinal);
        while (at > from)
        {
            var before = at - 1;
            while (before > from && IsSpace(line[before])) before--;
            if ("；;。，,：:！!？?".Contains(line[before])) return true;
            at = line.IndexOf(nextMarker, at + 1, StringComparison.Ordinal);
        }
        return false;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static bool IsAsciiLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';

    private static bool IsCjkIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
