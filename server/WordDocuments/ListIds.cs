using System.Globalization;

namespace OutlineAddin.WordDocuments;

/// <summary>
/// The ids one inserted list goes by. Word merges lists that share a <c>w:nsid</c> and reuses a definition whose
/// <c>abstractNumId</c>/<c>numId</c> it already holds (OfficeDev/office-js#5243: existing numbering cannot be replaced),
/// so every package draws all three afresh: an insertion never continues or renumbers a list already in the document.
/// </summary>
public sealed record ListIds(int AbstractNumId, int NumId, string Nsid)
{
    // Well clear of the small ids Word gives its own lists (0, 1, 2 …), and within ST_DecimalNumber.
    private const int MinId = 100_000;
    private const int MaxId = 1_000_000_000;

    public static ListIds Draw(Random random) => new(
        random.Next(MinId, MaxId),
        random.Next(MinId, MaxId),
        // ST_LongHexNumber: four bytes as eight hex digits.
        random.Next(int.MinValue, int.MaxValue).ToString("X8", CultureInfo.InvariantCulture));
}
