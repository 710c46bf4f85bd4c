using System.Data.Common;

namespace OutlineAddin.Data;

/// <summary>
/// The part of a numbered migration script that SQL cannot do, run right after the script in its transaction. The
/// feature whose rules the step applies registers it (Data knows no feature), e.g. the templates' name keys.
/// </summary>
public interface IMigrationStep
{
    /// <summary>The provider whose scripts the step belongs to: each provider numbers its own.</summary>
    StorageProvider Provider { get; }

    /// <summary>The number of the script (<c>003_…sql</c>: 3) this step completes.</summary>
    int Version { get; }

    Task RunAsync(DbConnection connection, DbTransaction transaction);
}
