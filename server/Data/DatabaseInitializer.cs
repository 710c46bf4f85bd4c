namespace OutlineAddin.Data;

/// <summary>
/// At start-up, before the first request: bring the schema up to date. Registered before the features' own start-up
/// work (hosted services start one after another, in the order they were added), which can then rely on the schema.
/// </summary>
public sealed class DatabaseInitializer(Migrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
