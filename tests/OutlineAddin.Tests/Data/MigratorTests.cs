using Dapper;
using OutlineAddin.Data;
using OutlineAddin.Templates;

namespace OutlineAddin.Tests.Data;

/// <summary>The schema is brought up to date at start, once, even when several servers start on one database together.</summary>
public class MigratorTests
{
    [Theory]
    [MemberData(nameof(BothProviders.All), MemberType = typeof(BothProviders))]
    public async Task Four_servers_migrating_one_fresh_database_at_once_apply_each_script_exactly_once(StorageProvider provider)
    {
        if (BothProviders.Unavailable(provider)) return;
        await using var temporary = await TemporaryDatabase.CreateEmptyAsync(provider);
        var scripts = typeof(Migrator).Assembly.GetManifestResourceNames()
            .Count(name => name.StartsWith($"OutlineAddin.Data.Migrations.{provider}.", StringComparison.Ordinal));
        var logger = new RecordingLogger<Migrator>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var migrating = Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            var migrator = new Migrator(temporary.Database, [new TemplateNameKeyMigration(TimeProvider.System)], TimeProvider.System, logger);
            await start.Task;
            await migrator.MigrateAsync(CancellationToken.None);
        }));
        start.SetResult();
        await migrating;

        await using var connection = await temporary.Database.OpenAsync();
        var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version")).ToList();
        Assert.Equal(Enumerable.Range(1, scripts), versions);
        Assert.Equal(scripts, logger.Messages.Count(message => message.StartsWith("Applied migration", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(BothProviders.All), MemberType = typeof(BothProviders))]
    public async Task A_server_starting_on_a_migrated_database_applies_nothing(StorageProvider provider)
    {
        if (BothProviders.Unavailable(provider)) return;
        await using var temporary = await TemporaryDatabase.CreateAsync(provider: provider);
        var logger = new RecordingLogger<Migrator>();

        await new Migrator(temporary.Database, [new TemplateNameKeyMigration(TimeProvider.System)], TimeProvider.System, logger)
            .MigrateAsync(CancellationToken.None);

        Assert.Empty(logger.Messages);
    }
}
