using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlineAddin.Tests.Api;

namespace OutlineAddin.Tests.Health;

/// <summary>The real server with exactly these storage settings, whatever provider the rest of the run uses.</summary>
public sealed class ServerWith(params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Auth:AdminToken", OutlineApiFactory.AdminToken);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
