using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace OutlineAddin.Templates;

/// <summary>
/// At start-up, once the schema is current (the database's initializer starts first): store this release's built-in
/// library unless the database holds a newer one, then get the built-ins ready to send as the database holds them, so
/// that every instance, of whichever release, answers them with the versions and ETags the database gives.
/// </summary>
public sealed partial class BuiltInTemplateSeeder(
    TemplateRepository templates, BuiltInLibrary library, BuiltInTemplateCache builtIns, IOptions<JsonOptions> json,
    ILogger<BuiltInTemplateSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seeding = await templates.SaveBuiltInsAsync(library, cancellationToken);
        if (seeding == BuiltInSeeding.NewerInDatabase) LogNewerLibrary(library.Revision);
        else LogLibrary(library.Revision, seeding);
        builtIns.Fill(await templates.BuiltInsAsync(cancellationToken), json.Value.SerializerOptions);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Built-in template library revision {Revision}: {Seeding}")]
    private partial void LogLibrary(int revision, BuiltInSeeding seeding);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The database holds a newer built-in template library than this release's revision {Revision} (a newer release stored it): serving the database's")]
    private partial void LogNewerLibrary(int revision);
}
