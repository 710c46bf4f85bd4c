using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OutlineAddin.Data;

/// <summary>
/// Where the data is kept: <c>Storage:Provider</c> (Sqlite, the default, or Postgres) and the connection string
/// <c>ConnectionStrings:Outline</c>, by default the SQLite file <c>data/outline.db</c> beside the app.
/// </summary>
public sealed class StorageOptions
{
    public const string ProviderKey = "Storage:Provider";

    public const string ConnectionStringName = "Outline";

    private const string ProviderProblem =
        "Storage:Provider must be Sqlite (the default: one server, its data in a file) or Postgres (several servers sharing a PostgreSQL database).";

    private const string SqliteConnectionStringProblem =
        "ConnectionStrings:Outline must be a SQLite connection string naming the database file, such as Data Source=/var/lib/outline/outline.db.";

    private const string PostgresConnectionStringProblem =
        "With Storage:Provider=Postgres, ConnectionStrings:Outline must be an Npgsql connection string with a Host, such as Host=db.example.org;Database=outline;Username=outline;Password=….";

    /// <summary>As written in the configuration; <see cref="ChosenProvider"/> is what it names.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>A SQLite connection string, such as <c>Data Source=/var/lib/outline/outline.db</c>, or an Npgsql one with a Host.</summary>
    public string Outline { get; set; } = $"Data Source={Path.Combine(AppContext.BaseDirectory, "data", "outline.db")}";

    /// <summary>
    /// Takes <c>Storage:Provider</c> and <c>ConnectionStrings:Outline</c> from <paramref name="configuration"/> where it
    /// has them (the server's options, and the commands that run without it, read them alike).
    /// </summary>
    public void ReadFrom(IConfiguration configuration)
    {
        if (configuration[ProviderKey] is { } provider) Provider = provider;
        if (configuration.GetConnectionString(ConnectionStringName) is { } connectionString) Outline = connectionString;
    }

    /// <summary>The provider <see cref="Provider"/> names (in any case); null when it names none.</summary>
    public StorageProvider? ChosenProvider =>
        Enum.GetValues<StorageProvider>().Select(provider => (StorageProvider?)provider)
            .FirstOrDefault(provider => provider.ToString()!.Equals(Provider.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// What is wrong with these settings, in words for whoever wrote them; null when nothing is. The server's start-up
    /// check (<see cref="Validation"/>) and the database commands say the same.
    /// </summary>
    public string? Problem => ChosenProvider switch
    {
        null => ProviderProblem,
        StorageProvider.Sqlite when !IsSqliteFile(Outline) => SqliteConnectionStringProblem,
        StorageProvider.Postgres when !IsPostgresServer(Outline) => PostgresConnectionStringProblem,
        _ => null,
    };

    /// <summary>Refuses to start the server with settings that have a <see cref="Problem"/>, saying it.</summary>
    public sealed class Validation : IValidateOptions<StorageOptions>
    {
        public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
            options.Problem is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }

    public static bool IsSqliteFile(string connectionString)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(connectionString).DataSource);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static bool IsPostgresServer(string connectionString)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
