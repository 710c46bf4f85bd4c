using OutlineAddin.Styles;
using OutlineAddin.Teams;
using OutlineAddin.Templates;

namespace OutlineAddin.Data;

public static class DatabaseServices
{
    public static IServiceCollection AddOutlineDatabase(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<Migrator>();
        services.AddSingleton<TemplateRepository>();
        services.AddSingleton<BuiltInTemplateCache>();
        services.AddSingleton<TeamTemplateRepository>();
        services.AddSingleton<TeamRepository>();
        services.AddSingleton<StyleCatalog>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
