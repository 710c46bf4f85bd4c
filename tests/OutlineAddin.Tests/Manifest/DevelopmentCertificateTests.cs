using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging.Abstractions;
using OutlineAddin.Hosting;

namespace OutlineAddin.Tests.Manifest;

public sealed class DevelopmentCertificateTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "outline-dev-cert-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void Creates_a_localhost_server_certificate_with_its_private_key_when_none_exists()
    {
        using var certificate = DevelopmentCertificate.LoadOrCreate(directory, NullLogger.Instance);

        Assert.True(certificate.HasPrivateKey);
        Assert.Equal("localhost", certificate.GetNameInfo(X509NameType.DnsName, forIssuer: false));
        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Equal(["localhost"], names.EnumerateDnsNames());
        Assert.Contains("127.0.0.1", names.EnumerateIPAddresses().Select(address => address.ToString()));
        var usages = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages;
        Assert.Contains(usages.Cast<System.Security.Cryptography.Oid>(), usage => usage.Value == "1.3.6.1.5.5.7.3.1");
        Assert.False(certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
    }

    [Fact]
    public void Stays_within_the_825_days_that_macOS_accepts()
    {
        using var certificate = DevelopmentCertificate.LoadOrCreate(directory, NullLogger.Instance);

        Assert.InRange(certificate.NotAfter - certificate.NotBefore, TimeSpan.FromDays(300), TimeSpan.FromDays(825));
    }

    [Fact]
    public void Reuses_the_stored_certificate_so_that_trusting_it_once_lasts()
    {
        using var first = DevelopmentCertificate.LoadOrCreate(directory, NullLogger.Instance);
        using var second = DevelopmentCertificate.LoadOrCreate(directory, NullLogger.Instance);

        Assert.Equal(first.Thumbprint, second.Thumbprint);
    }

    [Fact]
    public void Writes_the_public_certificate_for_the_trust_store_and_keeps_the_key_file_private()
    {
        using var certificate = DevelopmentCertificate.LoadOrCreate(directory, NullLogger.Instance);

        var crt = X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(directory, DevelopmentCertificate.CrtFileName)));
        Assert.Equal(certificate.Thumbprint, crt.Thumbprint);
        Assert.False(crt.HasPrivateKey);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(directory, DevelopmentCertificate.PfxFileName)));
    }
}
