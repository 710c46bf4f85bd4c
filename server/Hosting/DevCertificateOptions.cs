namespace OutlineAddin.Hosting;

/// <summary>Configuration section "DevCertificate": where the development certificate behind https://localhost:3000 is kept.</summary>
public sealed class DevCertificateOptions
{
    public const string SectionName = "DevCertificate";

    /// <summary>Blank for the default in the user's profile, so that trusting the certificate once lasts across clones and rebuilds.</summary>
    public string? Directory { get; set; }

    public static bool IsUsableDirectory(string? directory) =>
        string.IsNullOrWhiteSpace(directory) || directory.IndexOfAny(Path.GetInvalidPathChars()) < 0;

    // Resolved only when Kestrel really listens on the local ports: the default folder is created on first use.
    public string ResolveDirectory() => string.IsNullOrWhiteSpace(Directory) ? DevelopmentCertificate.DefaultDirectory : Directory;
}
