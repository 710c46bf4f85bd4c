using System.Security.Cryptography;
using System.Text.Json;
using OutlineAddin.Data;
using OutlineAddin.Templates;

namespace OutlineAddin.Tests.Templates;

/// <summary>
/// A database keeps the built-in library of the highest revision any release stored in it, so a change to the library
/// must come with a new <see cref="SeedLibrary.Revision"/>: otherwise it reaches no database already seeded, and
/// releases with one revision and different templates would rewrite each other's built-ins at every restart.
/// </summary>
public class SeedLibraryRevisionTests
{
    /// <summary>
    /// Each revision's fingerprint: the SHA-256 of the built-in templates as stored (their JSON). Changed the seed text,
    /// the catalogue, or how templates are parsed or serialised, and this test fails? Raise SeedLibrary.Revision by one
    /// and add a line here with the fingerprint the failure prints. Never edit an existing line.
    /// </summary>
    private static readonly Dictionary<int, string> Fingerprints = new()
    {
        [1] = "3FEDA14028686823E755CC981BD909C07A78587E1412F9316E39C7548C55B65F",
    };

    [Fact]
    public void A_changed_library_has_a_new_revision_and_its_fingerprint_is_recorded()
    {
        var fingerprint = Fingerprint(SeedLibrary.Current().Templates);
        Assert.True(Fingerprints.TryGetValue(SeedLibrary.Revision, out var recorded),
            $"Revision {SeedLibrary.Revision} has no recorded fingerprint: add [{SeedLibrary.Revision}] = \"{fingerprint}\" to {nameof(Fingerprints)}.");
        Assert.True(recorded == fingerprint,
            $"The built-in library changed but SeedLibrary.Revision is still {SeedLibrary.Revision}: raise it to {SeedLibrary.Revision + 1} " +
            $"and add [{SeedLibrary.Revision + 1}] = \"{fingerprint}\" to {nameof(Fingerprints)}.");
    }

    [Fact]
    public void The_current_revision_is_the_newest_recorded() =>
        Assert.Equal(SeedLibrary.Revision, Fingerprints.Keys.Max());

    private static string Fingerprint(IReadOnlyList<TemplateDraft> templates) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(templates, StoredJson.Options)));
}
