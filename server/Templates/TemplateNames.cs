using System.Text;

namespace OutlineAddin.Templates;

/// <summary>
/// When two template names are the same name: what a team cannot have twice among its live templates.
/// </summary>
/// <remarks>
/// Names compare after trimming, with runs of white space as one space, ignoring case, and with full-width
/// forms as their half-width ones (“ＡＢＣ　１２” is “abc 12”): a person cannot tell these apart in a list.
/// This is the part of NFKC that Chinese names need, done here rather than with <see cref="string.Normalize(NormalizationForm)"/>
/// because the server runs with InvariantGlobalization, where Normalize silently returns its input on Linux (checked),
/// and because a key stored in the database must not change with the ICU version of the machine.
/// </remarks>
public static class TemplateNames
{
    public static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            var folded = FoldWidth(c);
            if (char.IsWhiteSpace(folded))
            {
                pendingSpace = key.Length > 0;
                continue;
            }
            if (pendingSpace) key.Append(' ');
            pendingSpace = false;
            key.Append(char.ToLowerInvariant(folded));
        }
        return key.ToString();
    }

    /// <summary>A free name for a copy: “名称（2）”, “名称（3）”… the first whose key is not in <paramref name="taken"/>.</summary>
    public static string Numbered(string name, IReadOnlySet<string> taken)
    {
        for (var n = 2; ; n++)
        {
            var candidate = $"{name.Trim()}（{n}）";
            if (!taken.Contains(Key(candidate))) return candidate;
        }
    }

    private static char FoldWidth(char c) => c switch
    {
        '\u3000' => ' ', // ideographic space
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0), // full-width ASCII: ！ … ～
        '\uFFE0' => '\u00A2', // ￠
        '\uFFE1' => '\u00A3', // ￡
        '\uFFE5' => '\u00A5', // ￥
        _ => c,
    };
}
