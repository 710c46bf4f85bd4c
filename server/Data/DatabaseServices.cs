using OutlineAddin.Styles;
using OutlineAddin.Teams;
using OutlineAddin.Templates;

namespace OutlineAddin.Data;

public static class DatabaseServices
{
    public static IServiceCollection AddOutlineDatabase(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(options => StorageOptions.IsSqliteFile(options.Outline),
                "ConnectionStrings:Outline must be a SQLite connection string naming the database file, such as Data Source=/var/lib/outline/outline.db.")
            .ValidateOnStart();
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
