using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OutlineAddin.Templates;

namespace OutlineAddin.Data;

/// <summary>
/// At start-up, before the first request: bring the schema up to date, store the built-in library and
/// get its answers ready.
/// </summary>
public sealed class DatabaseInitializer(
    Migrator migrator, TemplateRepository templates, BuiltInTemplateCache builtIns, IOptions<JsonOptions> json) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        var library = SeedLibrary.Load();
        await templates.SaveBuiltInsAsync(library, cancellationToken);
        var stored = new List<Template>(library.Count);
        foreach (var draft in library) stored.Add((await templates.FindAsync(draft.Id, userId: null, cancellationToken))!);
        builtIns.Fill(stored, json.Value.SerializerOptions);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
