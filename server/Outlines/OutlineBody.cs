using System.Text.RegularExpressions;

namespace OutlineAddin.Outlines;

/// <summary>
/// Which lines of a pasted text are not headings. Where the top level of the text is numbered (a notice
/// pasted whole: title, 发文字号, 主送机关, an opening paragraph, then 一、…), the unnumbered lines before the
/// first marker, the unnumbered prose lines after a heading (a sentence, or a paragraph too long to be a
/// title), the date, and everything after the last heading's body (the signature) are body text, not parents
/// of the numbered lines after them. Where the top level
/// is unnumbered (加强学习教育 followed by 一是…), every line is a heading whatever its punctuation.
/// </summary>
public static partial class OutlineBody
{
    /// <summary>A title longer than this is a paragraph of body text.</summary>
    public const int MaxTitleLength = 60;

    /// <summary>The indexes of the lines kept out, in order.</summary>
    public static IReadOnlyList<int> KeptOut(IReadOnlyList<SourceParagraph> paragraphs, IReadOnlyList<Marker?> markers)
    {
        if (!TopLevelIsNumbered(paragraphs, markers)) return [];
        var keptOut = new List<int>();
        var lastMarker = -1;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (markers[i] is not null) lastMarker = i;
        }
        var beforeFirstMarker = true;
        var inClosingBody = false;
        // A date after the last heading closes the text: the lines between are its signature (某某市人民政府办公室).
        var endsWithASignature = Enumerable.Range(lastMarker + 1, paragraphs.Count - lastMarker - 1).Any(i => IsDate(paragraphs[i].Text ?? ""));
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (markers[i] is not null)
            {
                beforeFirstMarker = false;
                continue;
            }
            var text = paragraphs[i].Text ?? "";
            if (string.IsNullOrWhiteSpace(text)) continue;
            var isBody = beforeFirstMarker || inClosingBody || (i > lastMarker && endsWithASignature) || IsProse(text) || IsDate(text);
            if (!isBody) continue;
            keptOut.Add(i);
            // After the last heading's body, what follows is the signature: the sender, the date, （此件公开发布）.
            inClosingBody = i > lastMarker;
        }
        return keptOut;
    }

    /// <summary>
    /// True where the text opens with a marker, or its first marker is of a kind that heads a document
    /// (一、, 第一章, the clause 1) and never starts again at 1 after an unnumbered line: then the unnumbered
    /// lines are not its top-level headings.
    /// </summary>
    private static bool TopLevelIsNumbered(IReadOnlyList<SourceParagraph> paragraphs, IReadOnlyList<Marker?> markers)
    {
        var first = -1;
        for (var i = 0; i < paragraphs.Count && first < 0; i++)
        {
            if (!string.IsNullOrWhiteSpace(paragraphs[i].Text)) first = i;
        }
        if (first < 0) return false;
        if (markers[first] is not null) return true;
        var top = markers.FirstOrDefault(marker => marker is not null)?.Kind;
        if (top is not { } kind || !HeadsADocument(kind)) return false;

        var lastValue = 0;
        var unnumberedSince = false;
        for (var i = first; i < paragraphs.Count; i++)
        {
            if (markers[i] is { } marker)
            {
                if (marker.Kind != kind) continue;
                if (unnumberedSince && lastValue > 0 && marker.Value <= lastValue) return false;
                (lastValue, unnumberedSince) = (marker.Value, false);
            }
            else if (!string.IsNullOrWhiteSpace(paragraphs[i].Text))
            {
                unnumberedSince = true;
            }
        }
        return true;
    }

    private static bool HeadsADocument(MarkerKind kind) =>
        kind.IsLegalDivision
        || kind is { Shape: MarkerShape.Clause, ClauseDepth: 1 }
        || kind is { System: NumeralSystem.Chinese, Shape: MarkerShape.Separator or MarkerShape.Bare or MarkerShape.Ordinal }
        || kind.System == NumeralSystem.UpperRoman;

    /// <summary>A sentence, or a paragraph too long to be a title.</summary>
    public static bool IsProse(string text)
    {
        var trimmed = text.Trim().TrimEnd('”', '’', '"', '）', ')', '」', '』');
        return trimmed.Length > MaxTitleLength || trimmed.EndsWith('。') || trimmed.EndsWith('！') || trimmed.EndsWith('？') || trimmed.EndsWith('…');
    }

    /// <summary>附件, 附件2, 附件：: the heading of an attachment, whose numbering starts again.</summary>
    public static bool IsAttachmentHeading(string text) => text.StartsWith("附件", StringComparison.Ordinal) && text.Length <= 20;

    private static bool IsDate(string text) => DateLine().IsMatch(text.Trim());

    // 2024年3月5日, 二〇二四年三月五日, 2015.12.24, and a range of them (2016年4月4日——2016年4月30日).
    private const string Date =
        @"(([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日|[0-9]{4}[./-][0-9]{1,2}[./-][0-9]{1,2})";

    [GeneratedRegex("^" + Date + @"(\s*(——|—|-|～|~|至)\s*" + Date + ")?$")]
    private static partial Regex DateLine();
}
