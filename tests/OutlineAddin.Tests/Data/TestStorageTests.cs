using OutlineAddin.Data;

namespace OutlineAddin.Tests.Data;

public class TestStorageTests
{
    [Theory]
    [InlineData(null, StorageProvider.Sqlite)]
    [InlineData("", StorageProvider.Sqlite)]
    [InlineData("Sqlite", StorageProvider.Sqlite)]
    [InlineData("Postgres", StorageProvider.Postgres)]
    [InlineData("postgres", StorageProvider.Postgres)]
    public void OUTLINE_TEST_STORAGE_names_a_provider_or_leaves_the_default(string? value, StorageProvider expected) =>
        Assert.Equal(expected, TestStorage.Parse(value));

    [Theory]
    [InlineData("1")]
    [InlineData("PostgreSQL")]
    [InlineData("MySql")]
    public void Any_other_value_stops_the_tests_saying_what_to_write(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TestStorage.Parse(value));
        Assert.Contains("Sqlite or Postgres", error.Message);
    }
}
