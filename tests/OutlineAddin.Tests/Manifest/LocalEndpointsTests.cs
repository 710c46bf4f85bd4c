using Microsoft.Extensions.Configuration;
using OutlineAddin.Hosting;

namespace OutlineAddin.Tests.Manifest;

public class LocalEndpointsTests
{
    [Theory]
    [InlineData("urls", "http://127.0.0.1:5123")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:80")]
    public void Leaves_the_local_ports_alone_when_addresses_are_given(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        Assert.True(LocalEndpoints.HasExplicitAddresses(configuration));
    }

    [Fact]
    public void Listens_on_the_local_ports_when_no_address_is_given()
    {
        Assert.False(LocalEndpoints.HasExplicitAddresses(new ConfigurationBuilder().Build()));
    }
}
