namespace OutlineAddin.Identity;

/// <summary>Configuration section "Auth": the server admin token, the failed sign-in allowance, and an optional OpenID Connect provider.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>Shorter tokens can be guessed within the failed sign-in allowance over the lifetime of a deployment.</summary>
    public const int MinAdminTokenLength = 32;

    /// <summary>The token that may create users; none (the default) means no one can.</summary>
    public string? AdminToken { get; set; }

    public int FailedSignInsPerMinute { get; set; } = 20;

    /// <summary>The OpenID Connect provider (e.g. Entra ID) whose JWTs sign users in; with <see cref="Audience"/>, or neither.</summary>
    public string? Authority { get; set; }

    public string? Audience { get; set; }

    public bool HasAdminToken => !string.IsNullOrEmpty(AdminToken);

    public bool AcceptsJwts => !string.IsNullOrEmpty(Authority) && !string.IsNullOrEmpty(Audience);
}
