using OutlineAddin.Data;
using OutlineAddin.Templates;
using OutlineAddin.Tests.Data;

namespace OutlineAddin.Tests.Templates;

/// <summary>
/// Instances of several releases on one database, as in a rolling upgrade: each starts by storing its built-in library.
/// A release's library is the real one, with the first template renamed from revision 2 on, so the revisions differ in
/// one template's content. On both providers in every run.
/// </summary>
public class BuiltInLibraryTests
{
    private const string Changed = "builtin-01";
    private const string Unchanged = "builtin-02";

    // The releases' revisions, in the order their instances start; the revision the database ends up serving, and the
    // changed template's version: one new version per newer revision stored, none for a restart.
    private static readonly (int[] Revisions, int Served, int Version)[] StartOrders =
    [
        ([1], 1, 1),
        ([1, 1], 1, 1),
        ([1, 2], 2, 2),
        ([1, 2, 3], 3, 3),
        ([2, 1], 2, 1),
        ([1, 2, 1], 2, 2),
        ([1, 2, 1, 2, 1, 2], 2, 2),
        ([1, 3, 2, 1], 3, 2),
    ];

    public static TheoryData<StorageProvider, int[], int, int> Starts
    {
        get
        {
            var data = new TheoryData<StorageProvider, int[], int, int>();
            foreach (var provider in new[] { StorageProvider.Sqlite, StorageProvider.Postgres })
                foreach (var (revisions, served, version) in StartOrders) data.Add(provider, revisions, served, version);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Starts))]
    public async Task An_older_release_never_writes_its_library_over_a_newer_one(StorageProvider provider, int[] revisions, int served, int version)
    {
        if (BothProviders.Unavailable(provider)) return;
        await using var database = await TemporaryDatabase.CreateAsync(provider: provider);
        var templates = new TemplateRepository(database.Database, TimeProvider.System);
        foreach (var revision in revisions) await templates.SaveBuiltInsAsync(Library(revision), CancellationToken.None);

        var builtIns = (await templates.BuiltInsAsync(CancellationToken.None)).ToDictionary(template => template.Id);
        Assert.Equal(NameAt(served), builtIns[Changed].Name);
        Assert.Equal(version, builtIns[Changed].Version);
        Assert.Equal(1, builtIns[Unchanged].Version);
    }

    [Theory]
    [InlineData(new int[0], 1, BuiltInSeeding.Stored)]
    [InlineData(new[] { 1 }, 1, BuiltInSeeding.AlreadyCurrent)]
    [InlineData(new[] { 1 }, 2, BuiltInSeeding.Stored)]
    [InlineData(new[] { 2 }, 1, BuiltInSeeding.NewerInDatabase)]
    public async Task Storing_says_what_it_found(int[] before, int revision, BuiltInSeeding expected)
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var templates = new TemplateRepository(database.Database, TimeProvider.System);
        foreach (var earlier in before) await templates.SaveBuiltInsAsync(Library(earlier), CancellationToken.None);
        Assert.Equal(expected, await templates.SaveBuiltInsAsync(Library(revision), CancellationToken.None));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite, false)]
    [InlineData(StorageProvider.Sqlite, true)]
    [InlineData(StorageProvider.Postgres, false)]
    [InlineData(StorageProvider.Postgres, true)]
    public async Task Instances_of_one_release_starting_together_store_it_once(StorageProvider provider, bool upgrading)
    {
        if (BothProviders.Unavailable(provider)) return;
        await using var database = await TemporaryDatabase.CreateAsync(provider: provider);
        var templates = new TemplateRepository(database.Database, TimeProvider.System);
        if (upgrading) await templates.SaveBuiltInsAsync(Library(1), CancellationToken.None);

        var seedings = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => templates.SaveBuiltInsAsync(Library(2), CancellationToken.None)));

        Assert.Equal(1, seedings.Count(seeding => seeding == BuiltInSeeding.Stored));
        var builtIns = await templates.BuiltInsAsync(CancellationToken.None);
        Assert.Equal(SeedLibrary.Load().Count, builtIns.Count);
        Assert.Equal(upgrading ? 2 : 1, builtIns.Single(template => template.Id == Changed).Version);
    }

    /// <summary>The real library at a revision; from revision 2 on, its first template is renamed for that revision.</summary>
    public static BuiltInLibrary Library(int revision) => new(revision, [.. SeedLibrary.Load().Select(draft =>
        draft.Id == Changed ? draft with { Name = NameAt(revision) } : draft)]);

    private static string NameAt(int revision) =>
        revision == 1 ? SeedLibrary.Load().Single(draft => draft.Id == Changed).Name : $"{SeedLibrary.Load().Single(draft => draft.Id == Changed).Name}（第 {revision} 版）";
}
