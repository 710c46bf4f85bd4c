using System.Net;
using System.Net.Sockets;

namespace OutlineAddin.Http;

/// <summary>Who the client is, as far as limits go (the sign-in throttle, the outline limits): the address the request came from.</summary>
public static class ClientAddress
{
    /// <summary>The bits of an IPv6 address that name one client: a subscriber is given a whole /64 and may use any address in it.</summary>
    public const int IPv6PrefixLength = 64;

    /// <summary>
    /// The connection's remote address as a client (IPAddress.None when the server has none, as in tests): see
    /// <see cref="Of(IPAddress)"/>. Behind a reverse proxy this is the proxy unless forwarded headers are configured
    /// (UseForwardedHeaders).
    /// </summary>
    public static IPAddress Of(HttpContext context) => context.Connection.RemoteIpAddress is { } address ? Of(address) : IPAddress.None;

    /// <summary>
    /// An IPv4 address as it is (an IPv4-mapped IPv6 address, as a dual-stack socket reports IPv4 clients, as its IPv4
    /// address); an IPv6 address as its /64 network, so that one client cannot get a fresh allowance from each of its
    /// 2^64 addresses.
    /// </summary>
    public static IPAddress Of(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address;
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, IPv6PrefixLength / 8, bytes.Length - IPv6PrefixLength / 8);
        return new IPAddress(bytes);
    }
}
