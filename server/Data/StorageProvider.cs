namespace OutlineAddin.Data;

/// <summary>Where the data is kept: <c>Storage:Provider</c>.</summary>
public enum StorageProvider
{
    /// <summary>An embedded file beside one server: nothing to install (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server that several server instances share behind a load balancer.</summary>
    Postgres,
}
