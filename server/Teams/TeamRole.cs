namespace OutlineAddin.Teams;

/// <summary>What a member may do: viewers read, editors also write templates, owners also manage members.</summary>
public enum TeamRole
{
    Viewer = 1,
    Editor = 2,
    Owner = 3,
}

public sealed record Team(string Id, string Name, TeamRole Role);

public sealed record TeamMember(string UserId, string Name, TeamRole Role);
