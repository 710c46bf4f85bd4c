using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OutlineAddin.Hosting;

/// <summary>
/// The self-signed certificate behind https://localhost:3000. Office only loads add-ins over HTTPS, so the
/// first run creates one; it is kept in the user's profile so that trusting it once (addin-manifest/README.md)
/// lasts across runs, rebuilds and clones.
/// </summary>
public static class DevelopmentCertificate
{
    public const string PfxFileName = "localhost.pfx";

    /// <summary>The public part, for the operating system's trust store.</summary>
    public const string CrtFileName = "localhost.crt";

    // macOS refuses TLS certificates valid for more than 825 days; a year keeps well inside that.
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    // Renewing a little early means a trusted certificate never expires in the middle of a working week.
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromDays(7);

    private const string ServerAuthenticationOid = "1.3.6.1.5.5.7.3.1";

    public static string DefaultDirectory =>
        Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "OutlineAddin",
            "dev-certs");

    public static X509Certificate2 LoadOrCreate(string directory, ILogger logger)
    {
        var pfxPath = Path.Combine(directory, PfxFileName);
        if (File.Exists(pfxPath))
        {
            var existing = X509CertificateLoader.LoadPkcs12FromFile(pfxPath, password: null);
            if (existing.NotAfter.ToUniversalTime() - RenewalMargin > DateTime.UtcNow)
                return existing;

            existing.Dispose();
            logger.LogWarning("The development certificate in {Directory} has expired or is about to; creating a new one. Trust the new {Crt} again.", directory, CrtFileName);
        }

        Create(directory);
        logger.LogInformation(
            "Created a development certificate for https://localhost in {Directory}. Trust {Crt} once so that Word loads the add-in (see addin-manifest/README.md).",
            directory,
            CrtFileName);

        // Loaded back from the PFX rather than used as created: on Windows, SslStream cannot use the
        // ephemeral key that CertificateRequest.CreateSelfSigned returns.
        return X509CertificateLoader.LoadPkcs12FromFile(pfxPath, password: null);
    }

    private static void Create(string directory)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost, O=OutlineAddin development", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());

        // Not a certificate authority: even once trusted as a root, this key can vouch for nothing but localhost.
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthenticationOid)], critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));

        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.Add(Lifetime));

        Directory.CreateDirectory(directory);
        WritePrivate(Path.Combine(directory, PfxFileName), certificate.Export(X509ContentType.Pfx));
        File.WriteAllText(Path.Combine(directory, CrtFileName), certificate.ExportCertificatePem());
    }

    /// <summary>The PFX holds an unencrypted private key: readable by its owner only.</summary>
    private static void WritePrivate(string path, byte[] contents)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

        using var stream = new FileStream(path, options);
        stream.Write(contents);
    }
}
