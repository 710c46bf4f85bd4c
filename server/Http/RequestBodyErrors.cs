namespace OutlineAddin.Http;

/// <summary>
/// What to tell a client whose body could not be read: over the size limit (413), sent too slowly (408,
/// MinRequestBodyDataRate), not framed right (400: a bad chunk, a body shorter than its Content-Length), missing, or not
/// JSON (415).
/// Minimal APIs' body binding catches these and answers the bare status (RequestDelegateFactory sets
/// <c>StatusCode = ex.StatusCode</c> whatever ThrowOnBadRequest says), so the detail is added where the status code page
/// becomes a problem (ProblemResponses); a body read elsewhere throws, and BadRequestBodyHandler answers the same.
/// </summary>
public static class RequestBodyErrors
{
    public const string TooLargeTitle = "内容过大";
    public const string TooSlowTitle = "请求超时";
    public const string UnreadableTitle = "请求无法读取";
    public const string MissingTitle = "缺少请求体";
    public const string NotJsonTitle = "请求格式不支持";

    public const string TooSlowDetail = "请求体发送得太慢，服务器已停止等待：请检查网络后重试。";
    public const string UnreadableDetail = "请求体的传输格式有误，服务器无法读取：请检查客户端发送的 Content-Length 或分块编码。";
    public const string MissingDetail = "请求体为空：请提交 JSON。";
    public const string NotJsonDetail = "请求体须为 JSON，并带 Content-Type: application/json。";

    // The 413's detail names the endpoint's limit: RequestBodyLimits.TooLargeDetail.
}
