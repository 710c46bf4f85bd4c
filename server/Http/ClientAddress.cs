using System.Net;

namespace OutlineAddin.Http;

/// <summary>Who the client is, as far as limits go: the address the request came from.</summary>
public static class ClientAddress
{
    /// <summary>
    /// The connection's remote address (IPAddress.None when the server has none, as in tests). Behind a reverse proxy
    /// this is the proxy unless forwarded headers are configured (UseForwardedHeaders).
    /// </summary>
    public static IPAddress Of(HttpContext context) => context.Connection.RemoteIpAddress ?? IPAddress.None;
}
