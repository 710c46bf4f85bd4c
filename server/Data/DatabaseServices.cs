namespace OutlineAddin.Data;

public static class DatabaseServices
{
    /// <summary>The database plumbing only; each feature registers its own repositories (and migration steps).</summary>
    public static IServiceCollection AddOutlineDatabase(this IServiceCollection services)
    {
        DapperTypeHandlers.Register();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<Migrator>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
