using Microsoft.Extensions.Options;

namespace OutlineAddin.Data;

public static class DatabaseServices
{
    /// <summary>
    /// The database plumbing only: the provider <c>Storage:Provider</c> chooses, as <see cref="OutlineDatabase"/>, and its
    /// migrations. Each feature registers its own repositories (and migration steps).
    /// </summary>
    public static IServiceCollection AddOutlineDatabase(this IServiceCollection services)
    {
        DapperTypeHandlers.Register();
        services.AddOptions<StorageOptions>()
            .Configure<IConfiguration>((options, configuration) => options.ReadFrom(configuration))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptions.Validation>();
        services.AddSingleton(TimeProvider.System); // the one clock: repositories, migrations, the sign-in throttle
        // Made by the container, so disposed by it at shutdown (PostgreSQL's connection pool).
        services.AddSingleton(provider => Connect(provider.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<Migrator>();
        services.AddHostedService<DatabaseInUseMarker>(); // before the migrations: restore refuses while a server runs
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    private static OutlineDatabase Connect(StorageOptions storage) => storage.ChosenProvider switch
    {
        StorageProvider.Sqlite => new SqliteDatabase(storage.Outline),
        StorageProvider.Postgres => new PostgresDatabase(storage.Outline),
        _ => throw new InvalidOperationException($"Unknown storage provider {storage.Provider}."), // validated at start
    };
}
