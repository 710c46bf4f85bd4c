using Microsoft.Extensions.Options;

namespace OutlineAddin.Hosting;

/// <summary>
/// What a plain <c>dotnet run --project server</c> listens on: https://localhost:3000 for Word (the address in
/// addin-manifest/manifest.xml) and http://localhost:5000 for scripts and browsers. Any explicit address
/// (--urls, ASPNETCORE_URLS, http_ports/https_ports, a Kestrel:Endpoints section) replaces both, so tests and
/// deployments choose their own; the test host never starts Kestrel, so it never reaches this code either.
/// </summary>
public static class LocalEndpoints
{
    public const int HttpsPort = 3000;
    public const int HttpPort = 5000;

    public static WebApplicationBuilder AddLocalAddinEndpoints(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DevCertificateOptions>()
            .BindConfiguration(DevCertificateOptions.SectionName)
            .Validate(options => DevCertificateOptions.IsUsableDirectory(options.Directory),
                "DevCertificate:Directory must be a folder path (no characters a path cannot have), or be left unset for the default in the user's profile.")
            .ValidateOnStart();
        // Runs when Kestrel reads its options, i.e. only when Kestrel really starts, after all configuration is in.
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            if (HasExplicitAddresses(context.Configuration))
                return;

            var logger = kestrel.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LocalEndpoints));
            var directory = kestrel.ApplicationServices.GetRequiredService<IOptions<DevCertificateOptions>>().Value.ResolveDirectory();
            var certificate = DevelopmentCertificate.LoadOrCreate(directory, logger);

            kestrel.ListenLocalhost(HttpsPort, listen => listen.UseHttps(certificate));
            kestrel.ListenLocalhost(HttpPort);
        });
        return builder;
    }

    public static bool HasExplicitAddresses(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").Exists();
}
