namespace OutlineAddin.Data;

/// <summary>
/// How <c>restore</c> knows that no server is running on a SQLite database: every server holds a shared OS lock
/// (<c>flock</c>, through <see cref="FileShare"/>) on <c>&lt;database&gt;.lock</c> for as long as it runs, and restore takes
/// it exclusively. The kernel drops the lock when the process ends, however it ends (even <c>kill -9</c>), so a
/// crashed server never leaves a stale lock behind, and two servers on one file can both hold it.
/// </summary>
/// <remarks>
/// A lock file beside the database, not the database itself: SQLite locks the database with POSIX <c>fcntl</c> locks,
/// which a process loses on closing any descriptor of that file, so the server must not open the database twice.
/// </remarks>
public static class DatabaseFileLock
{
    public static string PathFor(string databasePath) => databasePath + ".lock";

    /// <summary>A running server's hold; null while a restore holds the lock.</summary>
    public static FileStream? TryHoldShared(string databasePath) =>
        TryOpen(databasePath, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>A restore's hold; null while any server (or another restore) holds the lock.</summary>
    public static FileStream? TryHoldExclusive(string databasePath) => TryOpen(databasePath, FileShare.None);

    private static FileStream? TryOpen(string databasePath, FileShare share)
    {
        try
        {
            return new FileStream(PathFor(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, share);
        }
        catch (IOException exception) when (exception is not FileNotFoundException and not DirectoryNotFoundException)
        {
            return null;
        }
    }
}
