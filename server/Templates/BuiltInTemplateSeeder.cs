using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace OutlineAddin.Templates;

/// <summary>
/// At start-up, once the schema is current (the database's initializer starts first): store the built-in library and
/// get its answers ready.
/// </summary>
public sealed class BuiltInTemplateSeeder(TemplateRepository templates, BuiltInTemplateCache builtIns, IOptions<JsonOptions> json) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var library = SeedLibrary.Load();
        await templates.SaveBuiltInsAsync(library, cancellationToken);
        var stored = new List<Template>(library.Count);
        foreach (var draft in library) stored.Add((await templates.FindAsync(draft.Id, userId: null, cancellationToken))!);
        builtIns.Fill(stored, json.Value.SerializerOptions);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
