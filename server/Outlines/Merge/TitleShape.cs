using OutlineAddin.Outlines.Fields;

namespace OutlineAddin.Outlines.Merge;

/// <summary>
/// A heading's title as the matching compares it: without spaces, punctuation and symbols (a renumbered or
/// re-punctuated heading is the same heading), Latin letters in lower case, each field (<c>{单位}</c>) one placeholder
/// character; and its character bigrams, sorted, for <see cref="Similarity"/>.
/// </summary>
internal sealed class TitleShape
{
    // A character no title holds, standing for any field: two versions of a template agree on where their fields are.
    private const char FieldPlaceholder = '\uFFFC';

    private readonly int[] bigrams;

    public TitleShape(string title)
    {
        var withPlaceholders = FieldSyntax.Pattern().Replace(title ?? "", FieldPlaceholder.ToString());
        Normalized = string.Concat(withPlaceholders
            .Where(c => c == FieldPlaceholder || !(char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsControl(c)))
            .Select(char.ToLowerInvariant));
        bigrams = Bigrams(Normalized);
    }

    public string Normalized { get; }

    /// <summary>
    /// Dice's coefficient of the two titles' character bigrams (each counted as often as it occurs): 1 for the same
    /// title, 0 for nothing in common. Bigrams rather than words because Chinese is written without spaces: 加强作风建设
    /// and 加强作风纪律建设 share 加强, 强作, 作风 and 建设.
    /// </summary>
    public double Similarity(TitleShape other)
    {
        if (Normalized == other.Normalized) return 1;
        if (bigrams.Length == 0 || other.bigrams.Length == 0) return 0;
        var (i, j, common) = (0, 0, 0);
        while (i < bigrams.Length && j < other.bigrams.Length)
        {
            var order = bigrams[i].CompareTo(other.bigrams[j]);
            if (order == 0) (common, i, j) = (common + 1, i + 1, j + 1);
            else if (order < 0) i++;
            else j++;
        }
        return 2.0 * common / (bigrams.Length + other.bigrams.Length);
    }

    // A one-character title (甲) is its own single "bigram", so it can still be told from another.
    private static int[] Bigrams(string text)
    {
        if (text.Length == 1) return [text[0] << 16];
        var result = new int[Math.Max(text.Length - 1, 0)];
        for (var i = 0; i + 1 < text.Length; i++) result[i] = (text[i] << 16) | text[i + 1];
        Array.Sort(result);
        return result;
    }
}
