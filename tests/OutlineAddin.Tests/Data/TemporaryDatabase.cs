using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using OutlineAddin.Data;
using OutlineAddin.Templates;

namespace OutlineAddin.Tests.Data;

/// <summary>
/// A migrated database of its own, without the web server around it, removed afterwards: a SQLite file, or a fresh
/// database on the test PostgreSQL cluster (<see cref="TestPostgres"/>). Which one by default: <c>OUTLINE_TEST_STORAGE</c>
/// (<c>Postgres</c>, or SQLite when unset), so that the repository tests run on either provider.
/// </summary>
public sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly Func<ValueTask> remove;

    private TemporaryDatabase(OutlineDatabase database, string connectionString, Func<ValueTask> remove)
    {
        Database = database;
        ConnectionString = connectionString;
        this.remove = remove;
    }

    public OutlineDatabase Database { get; }

    /// <summary>What a second server on this database would be configured with.</summary>
    public string ConnectionString { get; }

    /// <summary>The provider <c>OUTLINE_TEST_STORAGE</c> names (<see cref="TestStorage"/>): SQLite unless it says Postgres.</summary>
    public static StorageProvider DefaultProvider => TestStorage.Provider;

    /// <summary>A migrated database of <paramref name="provider"/> (by default <see cref="DefaultProvider"/>).</summary>
    public static async Task<TemporaryDatabase> CreateAsync(TimeProvider? clock = null, StorageProvider? provider = null)
    {
        var temporary = await CreateEmptyAsync(provider ?? DefaultProvider);
        await temporary.MigratorFor(clock ?? TimeProvider.System).MigrateAsync(CancellationToken.None);
        return temporary;
    }

    /// <summary>A database of <paramref name="provider"/> that no migration has run on yet.</summary>
    public static async Task<TemporaryDatabase> CreateEmptyAsync(StorageProvider provider)
    {
        DapperTypeHandlers.Register();
        TemplateRepository.AddColumnTypes();
        Styles.StyleCatalog.AddColumnTypes();
        if (provider == StorageProvider.Postgres)
        {
            var connectionString = await TestPostgres.CreateDatabaseAsync();
            var postgres = new PostgresDatabase(connectionString);
            return new TemporaryDatabase(postgres, connectionString, async () =>
            {
                await postgres.DisposeAsync();
                await TestPostgres.DropDatabaseAsync(connectionString);
            });
        }
        var path = Path.Combine(Path.GetTempPath(), $"outline-data-{Guid.NewGuid():N}.db");
        var sqlite = new SqliteDatabase($"Data Source={path}");
        return new TemporaryDatabase(sqlite, sqlite.ConnectionString, () =>
        {
            sqlite.Dispose();
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
            return ValueTask.CompletedTask;
        });
    }

    /// <summary>A migrator of this database as the server makes it, with the templates' step.</summary>
    public Migrator MigratorFor(TimeProvider clock) =>
        new(Database, [new TemplateNameKeyMigration(clock)], clock, NullLogger<Migrator>.Instance);

    public ValueTask DisposeAsync() => remove();
}

/// <summary>A clock that always says the same time.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
