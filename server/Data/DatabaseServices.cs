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
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
