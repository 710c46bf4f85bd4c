using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlineAddin.Http;

/// <summary>
/// A .docx answered as a download whose name may be Chinese: <c>filename*</c> carries the name (RFC 6266 with
/// RFC 5987's UTF-8 percent-encoding, which every current browser reads), <c>filename</c> an ASCII fallback for the
/// clients that do not. ASP.NET Core's own fallback (fileDownloadName) turns every Chinese character into "_", so a
/// 季度总结 would be saved as "____.docx" by such a client; a fallback the caller names is more use.
/// </summary>
public static class DocxDownload
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Extension = ".docx";

    /// <summary>In characters, without the extension: long enough for any template name, short of every file system's limit (255 bytes; a Chinese character is 3 in UTF-8).</summary>
    public const int MaxNameLength = 80;

    public static FileContentHttpResult File(HttpContext http, byte[] document, string? name, string defaultName, string asciiFallback)
    {
        http.Response.Headers.ContentDisposition = ContentDisposition(FileName(name, defaultName), asciiFallback);
        return TypedResults.File(document, ContentType);
    }

    /// <summary>
    /// The name a file system takes: without the characters Windows refuses in a file name (/ \ : * ? " &lt; &gt; |)
    /// and control characters, without the spaces and dots Windows drops at its ends, no longer than
    /// <see cref="MaxNameLength"/>; <paramref name="defaultName"/> when nothing is left. Ends in .docx.
    /// </summary>
    public static string FileName(string? name, string defaultName)
    {
        var kept = new StringBuilder(name?.Length ?? 0);
        foreach (var c in name ?? "")
        {
            if (!char.IsControl(c) && !NotInFileNames.Contains(c)) kept.Append(c);
        }
        var cleaned = kept.ToString().Trim();
        if (cleaned.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)) cleaned = cleaned[..^Extension.Length];
        if (cleaned.Length > MaxNameLength) cleaned = cleaned[..(char.IsHighSurrogate(cleaned[MaxNameLength - 1]) ? MaxNameLength - 1 : MaxNameLength)];
        cleaned = cleaned.Trim().TrimEnd('.', ' ');
        return (cleaned.Length == 0 ? defaultName : cleaned) + Extension;
    }

    /// <summary><c>attachment; filename="fallback.docx"; filename*=UTF-8''…</c>; the fallback is used as it is when the name is all printable ASCII.</summary>
    public static string ContentDisposition(string fileName, string asciiFallback)
    {
        var fallback = fileName.All(c => c is >= ' ' and <= '~') ? fileName : asciiFallback + Extension;
        // Uri.EscapeDataString leaves only RFC 3986's unreserved characters, all of them RFC 5987 attr-chars.
        return $"attachment; filename=\"{fallback}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
    }

    private static readonly HashSet<char> NotInFileNames = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];
}
