namespace OutlineAddin.Teams;

/// <summary>Where a template or a numbering style lives: shipped with the product (read-only) or kept by a team.</summary>
public static class Scopes
{
    public const string BuiltIn = "builtin";
    public const string Team = "team";

    /// <summary>One without a team is built in: the scope is not stored, it follows from the team.</summary>
    public static string Of(string? teamId) => teamId is null ? BuiltIn : Team;
}
