namespace OutlineAddin.Data;

/// <summary>What a database command did, or why it did nothing, in words a person can act on.</summary>
public sealed record CommandResult(bool Succeeded, string Message)
{
    public static CommandResult Done(string message) => new(true, message);

    public static CommandResult Refused(string message) => new(false, message);
}
