namespace OutlineAddin.Numbering;

/// <summary>
/// Chinese numerals as written in outlines: 一 … 十, 十一, 二十三, 一百, 一百零一, 一千零一十.
/// Also reads the financial forms (壹 贰 叁 … 拾 佰 仟) so that 壹、 is understood.
/// </summary>
public static class ChineseNumerals
{
    public const int MaxValue = 9999;

    private const string Digits = "零一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";

    /// <summary>Renders 1–9999 in ordinary numerals (十一, not 一十一); other values as Arabic digits.</summary>
    public static string Format(int value) => Format(value, Digits, "十百千", omitLeadingOneBeforeTen: true);

    /// <summary>Renders 1–9999 in financial numerals (壹拾壹); other values as Arabic digits.</summary>
    public static string FormatLegal(int value) => Format(value, LegalDigits, "拾佰仟", omitLeadingOneBeforeTen: false);

    private static string Format(int value, string digits, string units, bool omitLeadingOneBeforeTen)
    {
        if (value is < 1 or > MaxValue) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Span<int> places = [value / 1000, value / 100 % 10, value / 10 % 10, value % 10];
        var text = new System.Text.StringBuilder(8);
        var pendingZero = false;
        for (var i = 0; i < 4; i++)
        {
            var digit = places[i];
            if (digit == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }
            if (pendingZero) text.Append(digits[0]);
            pendingZero = false;
            var unitIndex = 2 - i; // 千 百 十 for places 0, 1, 2; none for the ones
            var isLeadingTen = i == 2 && text.Length == 0 && digit == 1 && omitLeadingOneBeforeTen;
            if (!isLeadingTen) text.Append(digits[digit]);
            if (unitIndex >= 0) text.Append(units[unitIndex]);
        }
        return text.ToString();
    }

    /// <summary>True for the characters a Chinese numeral is written with.</summary>
    public static bool IsNumeralChar(char c) => DigitValue(c) >= 0 || UnitValue(c) > 0;

    /// <summary>
    /// Reads a whole Chinese numeral; null when the text is not one well-formed number
    /// (十四五 is a name, not a number).
    /// </summary>
    public static int? Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return null;
        var total = 0;
        int? pendingDigit = null;
        var lastUnit = int.MaxValue;
        var sawZero = false;
        foreach (var c in text)
        {
            var digit = DigitValue(c);
            if (digit == 0)
            {
                // 零 only stands between a unit and a later digit: 一百零一.
                if (pendingDigit is not null || total == 0 || sawZero) return null;
                sawZero = true;
                continue;
            }
            if (digit > 0)
            {
                if (pendingDigit is not null) return null;
                // After 百 a digit must either take 十 or come after 零 (一百零一); 一百一 is ambiguous.
                pendingDigit = digit;
                continue;
            }
            var unit = UnitValue(c);
            if (unit <= 0 || unit >= lastUnit) return null;
            if (sawZero && unit >= lastUnit / 10) return null;
            var multiplier = pendingDigit ?? (unit == 10 && total == 0 ? 1 : 0);
            if (multiplier == 0) return null;
            total += multiplier * unit;
            lastUnit = unit;
            pendingDigit = null;
            sawZero = false;
        }
        if (pendingDigit is int ones)
        {
            // A trailing digit is the ones place only right after 十 or 零, or alone (一百一 is ambiguous).
            if (lastUnit != int.MaxValue && lastUnit != 10 && !sawZero) return null;
            total += ones;
        }
        else if (sawZero)
        {
            return null;
        }
        return total > 0 ? total : null;
    }

    private static int DigitValue(char c)
    {
        var i = Digits.IndexOf(c);
        if (i >= 0) return i;
        i = LegalDigits.IndexOf(c);
        if (i >= 0) return i;
        return c == '〇' ? 0 : -1;
    }

    private static int UnitValue(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    /// <summary>True when the numeral uses the financial forms (壹 贰 拾).</summary>
    public static bool IsLegalForm(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (LegalDigits.IndexOf(c) > 0 || c is '拾' or '佰' or '仟') return true;
        }
        return false;
    }
}
