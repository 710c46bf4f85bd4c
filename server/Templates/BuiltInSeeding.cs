namespace OutlineAddin.Templates;

/// <summary>What storing a release's built-in library did, by the revision the database held before.</summary>
public enum BuiltInSeeding
{
    /// <summary>The database held an older revision, or none: this release's library is stored now.</summary>
    Stored,

    /// <summary>The database already held this revision: nothing was written.</summary>
    AlreadyCurrent,

    /// <summary>A newer release stored a newer revision: it is left as it is, and this release serves it.</summary>
    NewerInDatabase,
}
