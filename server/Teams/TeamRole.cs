namespace OutlineAddin.Teams;

/// <summary>What a member may do: viewers read, editors also write templates, owners also manage members.</summary>
public enum TeamRole
{
    Viewer = 1,
    Editor = 2,
    Owner = 3,
}

/// <summary>A team as one member sees it: with their role, and the IANA time zone the team works in.</summary>
public sealed record Team(string Id, string Name, TeamRole Role, string TimeZone);

public sealed record TeamMember(string UserId, string Name, TeamRole Role);
