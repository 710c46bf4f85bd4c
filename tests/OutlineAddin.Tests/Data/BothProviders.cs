using OutlineAddin.Data;

namespace OutlineAddin.Tests.Data;

/// <summary>
/// The providers the tests that compare them run on, side by side in every run (whatever <c>OUTLINE_TEST_STORAGE</c>
/// says): a difference between SQLite and PostgreSQL fails a test rather than a deployment.
/// </summary>
public static class BothProviders
{
    public static TheoryData<StorageProvider> All => new(StorageProvider.Sqlite, StorageProvider.Postgres);

    /// <summary>
    /// Whether this run leaves <paramref name="provider"/> out: PostgreSQL on a machine without it, with
    /// <c>OUTLINE_SKIP_POSTGRES=1</c>. The case then returns without running; without that setting and without
    /// <c>OUTLINE_TEST_POSTGRES</c> it fails, saying what is missing.
    /// </summary>
    public static bool Unavailable(StorageProvider provider) => provider == StorageProvider.Postgres && TestPostgres.Skipped;
}
