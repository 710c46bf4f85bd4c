using OutlineAddin.Data;
using OutlineAddin.Styles;

namespace OutlineAddin.Templates;

public static class TemplatesServices
{
    /// <summary>Templates' storage: the repository, the built-in library and its cache, the numbering styles they use.</summary>
    /// <remarks>After <see cref="DatabaseServices.AddOutlineDatabase"/>: the seeder needs the migrated schema.</remarks>
    public static IServiceCollection AddTemplateStore(this IServiceCollection services)
    {
        services.AddSingleton<TemplateRepository>();
        services.AddSingleton<BuiltInTemplateCache>();
        services.AddSingleton<StyleCatalog>();
        services.AddSingleton<IMigrationStep, TemplateNameKeyMigration>();
        services.AddHostedService<BuiltInTemplateSeeder>();
        return services;
    }
}
