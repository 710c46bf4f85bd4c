using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OutlineAddin.Data;
using OutlineAddin.Templates;

namespace OutlineAddin.Tests.Data;

/// <summary>A migrated database file of its own, without the web server around it; deleted afterwards.</summary>
public sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"outline-data-{Guid.NewGuid():N}.db");

    private TemporaryDatabase()
    {
        DapperTypeHandlers.Register();
        TemplateRepository.AddColumnTypes();
        Styles.StyleCatalog.AddColumnTypes();
        Database = new SqliteDatabase(Options.Create(new StorageOptions { Outline = $"Data Source={path}" }));
    }

    public SqliteDatabase Database { get; }

    public static async Task<TemporaryDatabase> CreateAsync(TimeProvider? clock = null)
    {
        var temporary = new TemporaryDatabase();
        clock ??= TimeProvider.System;
        var migrator = new Migrator(temporary.Database, [new TemplateNameKeyMigration(clock)], clock, NullLogger<Migrator>.Instance);
        await migrator.MigrateAsync(CancellationToken.None);
        return temporary;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A clock that always says the same time.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
