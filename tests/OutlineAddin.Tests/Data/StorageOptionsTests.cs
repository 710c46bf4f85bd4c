using Microsoft.Extensions.DependencyInjection;
using OutlineAddin.Data;
using OutlineAddin.Tests.Api;

namespace OutlineAddin.Tests.Data;

/// <summary>The storage settings are checked at start: a wrong one stops the server with a message saying what to write.</summary>
public sealed class StorageOptionsTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    [Theory]
    [InlineData("Mysql", "Data Source=outline.db", "Storage:Provider must be Sqlite")]
    [InlineData("1", "Data Source=outline.db", "Storage:Provider must be Sqlite")]
    [InlineData("Postgres", "Data Source=/var/lib/outline/outline.db", "an Npgsql connection string with a Host")]
    [InlineData("Postgres", "Database=outline;Username=outline", "an Npgsql connection string with a Host")]
    [InlineData("Sqlite", "Host=db.example.org;Database=outline", "ConnectionStrings:Outline must be a SQLite connection string")]
    public void Refuses_to_start_with_a_provider_or_connection_string_that_does_not_fit(string provider, string connectionString, string message)
    {
        var error = factory.StartRefusedWith(("Storage:Provider", provider), ("ConnectionStrings:Outline", connectionString));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("Sqlite", StorageProvider.Sqlite)]
    [InlineData("sqlite", StorageProvider.Sqlite)]
    [InlineData(" Postgres ", StorageProvider.Postgres)]
    [InlineData("POSTGRES", StorageProvider.Postgres)]
    [InlineData("Postgresql", null)]
    [InlineData("1", null)]
    [InlineData("", null)]
    public void The_provider_is_named_in_any_case_and_nothing_else_names_one(string written, StorageProvider? chosen) =>
        Assert.Equal(chosen, new StorageOptions { Provider = written }.ChosenProvider);

    [Fact]
    public async Task With_Postgres_the_server_keeps_its_data_in_the_PostgreSQL_database_it_is_given()
    {
        if (TestPostgres.Skipped) return;
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        try
        {
            await using (var server = factory.WithSettings(("Storage:Provider", "Postgres"), ("ConnectionStrings:Outline", connectionString)))
            {
                using var client = server.CreateClient();
                using var listed = await client.GetAsync("/api/templates");

                listed.EnsureSuccessStatusCode();
                Assert.IsType<PostgresDatabase>(server.Services.GetRequiredService<OutlineDatabase>());
            }
            await using var connection = new Npgsql.NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM templates WHERE is_builtin", connection);
            Assert.True((long)(await count.ExecuteScalarAsync())! > 0);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }
}
