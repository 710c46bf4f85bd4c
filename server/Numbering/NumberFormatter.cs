using System.Globalization;
using System.Text;

namespace OutlineAddin.Numbering;

/// <summary>Renders one counter value in one OOXML number format, as Word would show it.</summary>
public static class NumberFormatter
{
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";

    public static string Format(int value, NumFmt format) => format switch
    {
        NumFmt.None => "",
        NumFmt.Decimal => Arabic(value),
        NumFmt.DecimalFullWidth => FullWidth(Arabic(value)),
        NumFmt.ChineseCounting or NumFmt.ChineseCountingThousand => ChineseNumerals.Format(value),
        NumFmt.ChineseLegalSimplified => ChineseNumerals.FormatLegal(value),
        NumFmt.DecimalEnclosedCircle => Circled(value),
        NumFmt.IdeographTraditional => value is >= 1 and <= 10 ? HeavenlyStems[value - 1].ToString() : Arabic(value),
        NumFmt.UpperLetter => Letters(value, 'A'),
        NumFmt.LowerLetter => Letters(value, 'a'),
        NumFmt.UpperRoman => Roman(value),
        NumFmt.LowerRoman => Roman(value).ToLowerInvariant(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown number format."),
    };

    /// <summary>The enclosed circled numbers ① … ㊿ (U+2460–2473, U+3251–325F, U+32B1–32BF).</summary>
    public static string Circled(int value) => value switch
    {
        >= 1 and <= 20 => ((char)(0x2460 + value - 1)).ToString(),
        >= 21 and <= 35 => ((char)(0x3251 + value - 21)).ToString(),
        >= 36 and <= 50 => ((char)(0x32B1 + value - 36)).ToString(),
        _ => Arabic(value),
    };

    /// <summary>Reads a circled number glyph; 0 when the character is not one.</summary>
    public static int CircledValue(char c) => c switch
    {
        >= '\u2460' and <= '\u2473' => c - 0x2460 + 1,
        >= '\u3251' and <= '\u325F' => c - 0x3251 + 21,
        >= '\u32B1' and <= '\u32BF' => c - 0x32B1 + 36,
        _ => 0,
    };

    private static string Arabic(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string FullWidth(string digits)
    {
        var chars = digits.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '0' and <= '9') chars[i] = (char)('０' + (chars[i] - '0'));
        }
        return new string(chars);
    }

    // Word repeats the letter past Z: 27 is AA, 28 is BB. Past ZZZ the repeats would only grow (counter
    // 100,000 is 3,847 letters), so digits take over there.
    private const int MaxLetterValue = 26 * 3;

    private static string Letters(int value, char first)
    {
        if (value is < 1 or > MaxLetterValue) return Arabic(value);
        var letter = (char)(first + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static readonly (int Value, string Numeral)[] RomanNumerals =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999) return Arabic(value);
        var text = new StringBuilder();
        foreach (var (step, numeral) in RomanNumerals)
        {
            while (value >= step)
            {
                text.Append(numeral);
                value -= step;
            }
        }
        return text.ToString();
    }

    /// <summary>Reads an upper- or lower-case Roman numeral written the canonical way; 0 otherwise.</summary>
    public static int RomanValue(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 15) return 0;
        var total = 0;
        var remaining = text.ToString().ToUpperInvariant();
        foreach (var (step, numeral) in RomanNumerals)
        {
            while (remaining.StartsWith(numeral, StringComparison.Ordinal))
            {
                total += step;
                remaining = remaining[numeral.Length..];
            }
        }
        // Only canonical spellings count, so that "IIII" or "VX" are not taken for numbers.
        return remaining.Length == 0 && string.Equals(Roman(total), text.ToString(), StringComparison.OrdinalIgnoreCase) ? total : 0;
    }
}
