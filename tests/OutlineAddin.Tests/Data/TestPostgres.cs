using Npgsql;

namespace OutlineAddin.Tests.Data;

/// <summary>
/// The throwaway PostgreSQL cluster <c>tests/run.sh</c> starts (<c>tests/postgres-cluster.sh</c>), named by
/// <c>OUTLINE_TEST_POSTGRES</c>, its superuser's connection string. Each test server or repository gets a database of
/// its own, created empty and dropped afterwards, so tests running side by side never see each other's rows.
/// </summary>
public static class TestPostgres
{
    public const string ClusterVariable = "OUTLINE_TEST_POSTGRES";

    /// <summary>Set to 1 on a developer's machine without PostgreSQL: the tests that need it then pass without running.</summary>
    public const string SkipVariable = "OUTLINE_SKIP_POSTGRES";

    public static bool Skipped => Environment.GetEnvironmentVariable(SkipVariable) == "1";

    /// <summary>The cluster's superuser connection string; a test that needs PostgreSQL fails, saying how to get one, without it.</summary>
    public static string ClusterConnectionString =>
        Environment.GetEnvironmentVariable(ClusterVariable) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"{ClusterVariable} is not set: these tests need a PostgreSQL server. tests/run.sh starts one " +
                $"(tests/postgres-cluster.sh start DIR prints the connection string to export); {SkipVariable}=1 skips them.");

    /// <summary>A new, empty database on the cluster: its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"outline_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ClusterConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(ClusterConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database <see cref="CreateDatabaseAsync"/> made, closing what is still connected to it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ClusterConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
