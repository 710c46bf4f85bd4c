using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using OutlineAddin.Data;

namespace OutlineAddin.Http;

/// <summary>
/// Turns a request the framework could not read (malformed JSON, a field of the wrong type, an empty
/// body, a query value that is not a number) into a problem+json that says which field and why; so too the body
/// errors Kestrel raises while the app reads (RequestBodyErrors).
/// </summary>
/// <remarks>
/// What Kestrel refuses before the app runs never reaches here and is answered by Kestrel itself, with an empty body:
/// a malformed request line or header (400), headers over MaxRequestHeadersTotalSize or a request line over
/// MaxRequestLineSize (431 / 414), headers sent too slowly (RequestHeadersTimeout, 408), an unsupported HTTP version
/// (505). ASP.NET Core offers no hook to write those answers (Http1Connection.SetBadRequestState writes them before a
/// request exists), so they cannot be problem+json; KestrelErrorTests pins which is which.
/// </remarks>
public sealed partial class BadRequestBodyHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest) return false;

        var (title, detail) = badRequest.InnerException switch
        {
            UnknownEnumNameException { Path: { } path } unknown =>
                ("取值不对", $"字段 {FieldName(path)} 的值{(unknown.Given is null ? "" : $"“{unknown.Given}”")}不可用：须是 {string.Join("、", unknown.Allowed)} 中的一个（只能一个）。"),
            // Valid JSON escapes that make no text: a lone surrogate (\ud800), or bytes that are not UTF-8.
            JsonException { Path: { } path } json when InvalidText(json) =>
                ("文字编码无效", $"字段 {FieldName(path)} 含无效的文字编码（如单独的 \\ud800 这类代理项转义，或不是 UTF-8 的字节），请检查文本后重试（{path}）。"),
            JsonException json when json.Message.Contains("maximum configured depth", StringComparison.Ordinal) =>
                ("请求体嵌套过深", $"请求体的 JSON 嵌套超过 {MaxDepth} 层（{Position(json)}），请按接口文档提供。"),
            JsonException json when json.Message.Contains("does not contain any JSON tokens", StringComparison.Ordinal) =>
                (RequestBodyErrors.MissingTitle, RequestBodyErrors.MissingDetail),
            JsonException { Path: "$" } json when json.Message.Contains("could not be converted", StringComparison.Ordinal) =>
                ("请求体须为 JSON 对象", "请求体须为 JSON 对象（{ … }），而不是数组、字符串、数字或 null，请按接口文档提供。"),
            JsonException { Path: { Length: > 1 } path } json when json.Message.Contains("could not be converted", StringComparison.Ordinal) =>
                ("字段类型不对", $"字段 {FieldName(path)} 的值类型不对{Expected(json)}，请按接口文档提供（{path}）。"),
            JsonException json =>
                ("请求体不是有效的 JSON", $"请求体不是有效的 JSON，请检查括号、引号和逗号（{Position(json)}）。"),
            _ when badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge =>
                (RequestBodyErrors.TooLargeTitle, RequestBodyLimits.TooLargeDetail(httpContext)),
            _ when badRequest.StatusCode == StatusCodes.Status408RequestTimeout =>
                (RequestBodyErrors.TooSlowTitle, RequestBodyErrors.TooSlowDetail),
            _ when badRequest.StatusCode == StatusCodes.Status415UnsupportedMediaType =>
                (RequestBodyErrors.NotJsonTitle, RequestBodyErrors.NotJsonDetail),
            _ when badRequest.Message.Contains("no body was provided", StringComparison.Ordinal) =>
                (RequestBodyErrors.MissingTitle, RequestBodyErrors.MissingDetail),
            _ when UnboundParameter().Match(badRequest.Message) is { Success: true } unbound =>
                ("参数格式不对", $"参数 {unbound.Groups["name"].Value} 的值“{unbound.Groups["value"].Value}”格式不对，应为{TypeName(unbound.Groups["type"].Value)}。"),
            // Kestrel's own wording (a bad chunk, a body shorter than its Content-Length) is kept for whoever debugs the client.
            _ => (RequestBodyErrors.UnreadableTitle, $"{RequestBodyErrors.UnreadableDetail}（{badRequest.Message}）"),
        };

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = badRequest.StatusCode, Title = title, Detail = detail },
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex("Failed to bind parameter \"(?<type>[\\w?]+) (?<name>\\w+)\" from \"(?<value>.*)\"")]
    private static partial System.Text.RegularExpressions.Regex UnboundParameter();

    private static string TypeName(string type) => type.TrimEnd('?') switch
    {
        "int" or "long" => "整数",
        "bool" => " true 或 false",
        _ => type,
    };

    // Numbers are read strictly (StoredJson): "outlineLevel": "1" is refused, and the message says what to send instead.
    // System.Text.Json names the expected type in its message ("could not be converted to System.Int32") for a property,
    // or only in the inner exception ("Cannot get the value of a token type 'String' as a number.") for a record's
    // constructor parameter.
    private static string Expected(JsonException json)
    {
        var message = json.Message + " " + json.InnerException?.Message;
        return NumericTypes.Any(type => message.Contains(type, StringComparison.Ordinal)) || message.Contains("as a number", StringComparison.Ordinal)
            ? "：应为数字，不加引号（如 1，而不是 \"1\"）"
            : message.Contains("System.Boolean", StringComparison.Ordinal) || message.Contains("as a boolean", StringComparison.Ordinal)
                ? "：应为 true 或 false，不加引号"
                : "";
    }

    private static readonly string[] NumericTypes =
        ["System.Int16", "System.Int32", "System.Int64", "System.Byte", "System.Single", "System.Double", "System.Decimal"];

    // System.Text.Json's default JsonSerializerOptions.MaxDepth, which the API's options keep.
    private const int MaxDepth = 64;

    private static bool InvalidText(JsonException json) =>
        json.InnerException is InvalidOperationException inner
        // "Cannot read invalid UTF-16 JSON text as string…", "…incomplete UTF-16 JSON text…missing low surrogate", "…invalid UTF-8 JSON text…"
        && (inner.Message.Contains("UTF-16 JSON text", StringComparison.Ordinal) || inner.Message.Contains("UTF-8 JSON text", StringComparison.Ordinal));

    // "$.paragraphs[2].text" → "paragraphs[2].text"
    private static string FieldName(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string Position(JsonException json) =>
        json.LineNumber is long line ? $"第 {line + 1} 行第 {(json.BytePositionInLine ?? 0) + 1} 个字节附近" : "位置未知";
}
