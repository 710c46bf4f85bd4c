using System.Net;
using OutlineAddin.Http;

namespace OutlineAddin.Tests.Http;

/// <summary>One client, one allowance: an IPv6 client has a whole /64, and a dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d.</summary>
public class ClientAddressTests
{
    [Theory]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::")]
    [InlineData("fe80::1%3", "fe80::")]
    [InlineData("::ffff:192.0.2.7", "192.0.2.7")]
    [InlineData("192.0.2.7", "192.0.2.7")]
    [InlineData("::1", "::")]
    public void A_client_is_its_IPv4_address_or_its_IPv6_64(string address, string client)
    {
        Assert.Equal(IPAddress.Parse(client), ClientAddress.Of(IPAddress.Parse(address)));
    }
}
