namespace OutlineAddin.Data;

public static class DatabaseServices
{
    /// <summary>The database plumbing only; each feature registers its own repositories (and migration steps).</summary>
    public static IServiceCollection AddOutlineDatabase(this IServiceCollection services)
    {
        DapperTypeHandlers.Register();
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(options => StorageOptions.IsSqliteFile(options.Outline),
                "ConnectionStrings:Outline must be a SQLite connection string naming the database file, such as Data Source=/var/lib/outline/outline.db.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System); // the one clock: repositories, migrations, the sign-in throttle
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<Migrator>();
        services.AddHostedService<DatabaseInUseMarker>(); // before the migrations: restore refuses while a server runs
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
