using Microsoft.Net.Http.Headers;

namespace OutlineAddin.Templates;

/// <summary>
/// A template's entity tag, <c>"&lt;id&gt;-v&lt;version&gt;"</c>: the one place its format is written and read. Clients treat
/// it as opaque; the server reads the version back out of an If-Match to know which version a save is based on.
/// </summary>
public static class TemplateETags
{
    private const string VersionSeparator = "-v";

    /// <summary>The strong ETag of a template at a version: what a save based on that version sends as If-Match.</summary>
    public static string Of(string id, int version) => $"\"{id}{VersionSeparator}{version}\"";

    /// <summary>Sets the answer's ETag; true when the client's copy (If-None-Match, compared weakly) is current.</summary>
    public static bool IsNotModified(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        var current = new EntityTagHeaderValue(etag);
        return http.Request.GetTypedHeaders().IfNoneMatch
            .Any(candidate => candidate == EntityTagHeaderValue.Any || candidate.Compare(current, useStrongComparison: false));
    }

    public static bool HasIfMatch(HttpRequest request) => !string.IsNullOrEmpty(request.Headers.IfMatch.ToString());

    /// <summary>
    /// The versions an If-Match accepts (RFC 9110 §13.1.1): null for <c>*</c> or no header, any existing
    /// version; otherwise those its strong ETags name for this template. A weak tag never matches a write.
    /// </summary>
    public static IReadOnlySet<int>? AcceptedVersions(HttpRequest request, string id)
    {
        var header = request.Headers.IfMatch;
        if (!HasIfMatch(request)) return null;
        if (!EntityTagHeaderValue.TryParseList(header, out var tags)) return new HashSet<int>();
        if (tags.Any(tag => tag == EntityTagHeaderValue.Any)) return null;
        var versions = new HashSet<int>();
        foreach (var tag in tags.Where(tag => !tag.IsWeak))
        {
            if (VersionOf(tag.Tag.ToString(), id) is { } version) versions.Add(version);
        }
        return versions;
    }

    private static int? VersionOf(string quotedTag, string id)
    {
        var prefix = $"\"{id}{VersionSeparator}";
        if (!quotedTag.StartsWith(prefix, StringComparison.Ordinal) || !quotedTag.EndsWith('"')) return null;
        var digits = quotedTag.AsSpan(prefix.Length, quotedTag.Length - prefix.Length - 1);
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9') && int.TryParse(digits, out var version) ? version : null;
    }
}
