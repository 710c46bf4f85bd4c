using System.Net;

namespace OutlineAddin.LoadBench;

/// <summary>The names failures are counted under, so that a run's errors read by cause.</summary>
public static class FailureKinds
{
    /// <summary>Failures that got no HTTP answer start with this; they count as requests but have no latency.</summary>
    public const string NoAnswerPrefix = "no answer: ";

    public const string SameVersion = "2xx without a new version (ETag unchanged)";

    public const string MissingETag = "2xx without an ETag";

    public static string Status(HttpStatusCode status) => status switch
    {
        HttpStatusCode.PreconditionFailed => "412 stale If-Match (someone else saved the writer's own template?)",
        HttpStatusCode.TooManyRequests => "429 rate limited",
        HttpStatusCode.ServiceUnavailable => "503 unavailable",
        _ => $"{(int)status} {status}",
    };

    public static string Timeout(TimeSpan after) => $"{NoAnswerPrefix}timeout after {after.TotalSeconds:0} s";

    public static string Of(HttpRequestException exception) => $"{NoAnswerPrefix}{exception.HttpRequestError}";

    public static string Of(Exception exception) => $"{NoAnswerPrefix}{exception.GetType().Name}";
}
