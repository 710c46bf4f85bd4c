using OutlineAddin.Data;

namespace OutlineAddin.Tests.Data;

/// <summary>
/// The storage the repository and API tests put their database on: <c>OUTLINE_TEST_STORAGE</c> = <c>Sqlite</c> (the
/// default: a file of their own) or <c>Postgres</c> (a database of their own on <see cref="TestPostgres"/>'s cluster).
/// <c>tests/run.sh</c> runs those tests once on each.
/// </summary>
public static class TestStorage
{
    public const string ProviderVariable = "OUTLINE_TEST_STORAGE";

    public static StorageProvider Provider => Parse(Environment.GetEnvironmentVariable(ProviderVariable));

    public static StorageProvider Parse(string? value)
    {
        if (string.IsNullOrEmpty(value)) return StorageProvider.Sqlite;
        // By name only: Enum.TryParse would also take "1".
        return Enum.GetValues<StorageProvider>().Where(provider => provider.ToString().Equals(value, StringComparison.OrdinalIgnoreCase))
            .Select(provider => (StorageProvider?)provider).SingleOrDefault()
            ?? throw new InvalidOperationException(
                $"{ProviderVariable}={value} names no storage: write {string.Join(" or ", Enum.GetNames<StorageProvider>())}, or leave it unset for SQLite.");
    }
}
