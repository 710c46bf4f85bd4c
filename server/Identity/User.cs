namespace OutlineAddin.Identity;

public sealed record User(string Id, string Name);

/// <summary>A user's token as listed: never the token itself, which only its creation shows.</summary>
public sealed record AccessTokenInfo(string Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>A token just created: the only time its value is seen.</summary>
public sealed record NewAccessToken(string Id, string Name, string Token, DateTimeOffset CreatedAt);
