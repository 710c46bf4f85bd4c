using OutlineAddin.Templates;

namespace OutlineAddin.Data;

/// <summary>At start-up, before the first request: bring the schema up to date and store the built-in library.</summary>
public sealed class DatabaseInitializer(Migrator migrator, TemplateRepository templates) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        await templates.SaveBuiltInsAsync(SeedLibrary.Load(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
