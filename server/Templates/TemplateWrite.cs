namespace OutlineAddin.Templates;

/// <summary>What became of a write that names the version it expects to replace.</summary>
public abstract record TemplateWrite
{
    public sealed record Written(int Version) : TemplateWrite;

    /// <summary>Someone else wrote first: who, when, and the version they made.</summary>
    public sealed record Stale(int CurrentVersion, string? UpdatedBy, DateTimeOffset UpdatedAt) : TemplateWrite;

    public sealed record Missing : TemplateWrite;

    public sealed record Created(string Id) : TemplateWrite;

    /// <summary>The content equals the current version's: nothing was written, the current version stands.</summary>
    public sealed record Unchanged(int Version) : TemplateWrite;

    /// <summary>Another live template of the team has this name (as <see cref="TemplateNames.Key"/> compares names).</summary>
    public sealed record NameTaken(string ExistingId, int ExistingVersion, string ExistingName) : TemplateWrite;

    /// <summary>Out of the bin, live again as it was: no version was written, <paramref name="Version"/> is the one it kept.</summary>
    public sealed record OutOfBin(int Version) : TemplateWrite;
}
