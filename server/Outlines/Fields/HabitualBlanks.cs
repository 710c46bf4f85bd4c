namespace OutlineAddin.Outlines.Fields;

/// <summary>
/// Finds the blanks 公文 templates habitually leave for the writer: runs of X/x (XX县, XXX), of × or ✕ (××局), of ○, 〇
/// or □ (○○单位), and 某某. Runs of two or more; a single X only before a time word (X月X日, 第X季度), where one digit
/// is meant. Not blanks: an X that is part of a Latin word or a Roman numeral (XXL, Excel, XXI, XX世纪, XX., (XX)), a 〇 or ○
/// written as the zero of a Chinese number (二〇〇〇年), and anything inside a field (<c>{XX}</c>).
/// </summary>
public static class HabitualBlanks
{
    private enum BlankKind { Latin, Cross, Circle, Square, Mou }

    // The words after a blank that say what it stands for, longest first, so that 单位 is read before 位 could be.
    private static readonly (string Word, string Name, bool Stays)[] Meanings =
    [
        ("单位", "单位", false), ("部门", "部门", false), ("季度", "季度", true), ("公司", "单位", false), ("集团", "单位", false),
        ("省", "单位", false), ("市", "单位", false), ("县", "单位", false), ("区", "单位", false), ("乡", "单位", false),
        ("镇", "单位", false), ("局", "单位", false), ("厅", "单位", false), ("委", "单位", false), ("办", "单位", false),
        ("处", "部门", false), ("科", "部门", false), ("室", "部门", false), ("股", "部门", false),
        ("年", "年份", true), ("月", "月份", true),
    ];

    // A day has no computed field (日期 is the whole date), but the 日 of X月X日 stays all the same.
    private const string Day = "日";

    // Where one X is enough to be a blank: before these, a single digit is meant (X月X日, 第X季度).
    private static readonly string[] TimeWords = ["季度", "年", "月", Day];

    private const string RomanCentury = "世纪";

    public static IReadOnlyList<HabitualBlank> In(string title)
    {
        var fields = FieldSyntax.Pattern().Matches(title).Select(match => (match.Index, End: match.Index + match.Length)).ToList();
        var blanks = new List<HabitualBlank>();
        var i = 0;
        while (i < title.Length)
        {
            if (KindOf(title[i]) is not { } kind)
            {
                i++;
                continue;
            }
            var start = i;
            while (i < title.Length && KindOf(title[i]) == kind) i++;
            if (fields.Any(field => start < field.End && i > field.Index)) continue;
            if (Blank(title, start, i - start, kind) is { } blank) blanks.Add(blank);
        }
        return blanks;
    }

    private static HabitualBlank? Blank(string title, int start, int length, BlankKind kind)
    {
        var end = start + length;
        var before = start > 0 ? title[start - 1] : '\0';
        var after = end < title.Length ? title[end] : '\0';
        var rest = title.AsSpan(end);
        var isBlank = kind switch
        {
            BlankKind.Latin => !IsLatinLetterOrDigit(before) && !IsLatinLetterOrDigit(after) && !IsRomanNumeral(before, rest)
                && (length >= 2 || StartsWithAny(rest, TimeWords)),
            BlankKind.Circle => length >= 2 && !IsChineseDigit(before) && !IsChineseDigit(after),
            BlankKind.Cross => length >= 2 && !char.IsAsciiDigit(before) && !char.IsAsciiDigit(after),
            _ => length >= 2,
        };
        if (!isBlank) return null;
        foreach (var (word, name, stays) in Meanings)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal)) return new HabitualBlank(start, length, word.Length, stays, name);
        }
        return rest.StartsWith(Day, StringComparison.Ordinal)
            ? new HabitualBlank(start, length, Day.Length, WordStays: true, SuggestedName: null)
            : new HabitualBlank(start, length, 0, WordStays: false, SuggestedName: null);
    }

    // XX世纪 is the twentieth century; XX. and (XX) are the Roman numbers of a list or a reference.
    private static bool IsRomanNumeral(char before, ReadOnlySpan<char> rest) =>
        rest.StartsWith(RomanCentury, StringComparison.Ordinal)
        || (rest.Length > 0 && (rest[0] is '.' or '．' || (before is '(' or '（' && rest[0] is ')' or '）')));

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static BlankKind? KindOf(char c) => c switch
    {
        'X' or 'x' or 'Ｘ' or 'ｘ' => BlankKind.Latin,
        '×' or '✕' => BlankKind.Cross,
        '○' or '〇' => BlankKind.Circle,
        '□' => BlankKind.Square,
        '某' => BlankKind.Mou,
        _ => null,
    };

    private static bool IsLatinLetterOrDigit(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ') or (>= '０' and <= '９');

    // ○ and 〇 are the zero of a number written in Chinese (二〇〇〇年, 一〇八): beside a numeral they are digits, not a blank.
    private static bool IsChineseDigit(char c) => "零一二三四五六七八九十百千〇○".Contains(c, StringComparison.Ordinal);
}
