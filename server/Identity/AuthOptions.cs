using Microsoft.Extensions.Options;

namespace OutlineAddin.Identity;

/// <summary>Configuration section "Auth": the server admin token, the failed sign-in allowance, and an optional OpenID Connect provider.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>Shorter tokens can be guessed within the failed sign-in allowance over the lifetime of a deployment.</summary>
    public const int MinAdminTokenLength = 32;

    /// <summary>The scope the Entra ID app registration exposes for Office single sign-on, which Office's tokens carry in scp.</summary>
    public const string SingleSignOnScope = "access_as_user";

    /// <summary>The token that may create users; none (the default) means no one can.</summary>
    public string? AdminToken { get; set; }

    public int FailedSignInsPerMinute { get; set; } = 20;

    /// <summary>The OpenID Connect provider (e.g. Entra ID) whose JWTs sign users in; with <see cref="Audience"/>, or neither.</summary>
    public string? Authority { get; set; }

    /// <summary>
    /// What a token's <c>aud</c> must be. Entra ID's v2 access tokens, which Office single sign-on obtains, carry the
    /// application (client) id there, so with <see cref="ClientId"/> set the two are the same.
    /// </summary>
    public string? Audience { get; set; }

    /// <summary>
    /// The Entra ID application (client) id of the add-in, a GUID. Set, the served manifest names the application in its
    /// <c>WebApplicationInfo</c> and the taskpane signs in with Office single sign-on; it needs <see cref="Authority"/> and
    /// <see cref="Audience"/> (the same id) too.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// Where the provider's OpenID discovery document is, when not at <see cref="Authority"/>/.well-known/openid-configuration:
    /// https, or plain http only on this machine (a local identity provider, such as the end-to-end tests run), where no
    /// network lies between the server and the signing keys it fetches.
    /// </summary>
    public string? MetadataAddress { get; set; }

    public bool HasAdminToken => !string.IsNullOrEmpty(AdminToken);

    public bool AcceptsJwts => !string.IsNullOrEmpty(Authority) && !string.IsNullOrEmpty(Audience);

    /// <summary>Office single sign-on is set up: the manifest names the application and the server accepts its tokens.</summary>
    public bool OffersSingleSignOn => AcceptsJwts && SingleSignOnClientId is not null;

    /// <summary>The parsed <see cref="ClientId"/>; null when unset or not a GUID as the Entra admin center shows it (which the start-up check refuses).</summary>
    public Guid? SingleSignOnClientId => Guid.TryParseExact(ClientId?.Trim(), "D", out var id) ? id : null;

    /// <summary>The configured <see cref="MetadataAddress"/> is plain http on a loopback address: JwtBearer must be told it may fetch it.</summary>
    public bool HasLoopbackHttpMetadata =>
        Uri.TryCreate(MetadataAddress, UriKind.Absolute, out var address) && address.Scheme == Uri.UriSchemeHttp && address.IsLoopback;

    /// <summary>The first thing wrong with the OpenID Connect settings, as a message naming the setting; null when they are usable.</summary>
    public string? OpenIdConnectProblem
    {
        get
        {
            if (string.IsNullOrEmpty(Authority) != string.IsNullOrEmpty(Audience))
                return "Set both Auth:Authority and Auth:Audience to accept an OpenID Connect provider's tokens, or neither.";
            if (!string.IsNullOrEmpty(Authority) && !(Uri.TryCreate(Authority, UriKind.Absolute, out var authority) && authority.Scheme == Uri.UriSchemeHttps))
                return "Auth:Authority must be the provider's https URL, such as https://login.microsoftonline.com/<tenant>/v2.0.";
            if (!string.IsNullOrEmpty(MetadataAddress))
            {
                if (string.IsNullOrEmpty(Authority))
                    return "Auth:MetadataAddress is set without Auth:Authority and Auth:Audience: set those too, or leave Auth:MetadataAddress unset.";
                if (!Uri.TryCreate(MetadataAddress, UriKind.Absolute, out var metadata)
                    || !(metadata.Scheme == Uri.UriSchemeHttps || HasLoopbackHttpMetadata))
                    return "Auth:MetadataAddress must be an https URL of the provider's discovery document (plain http only on this machine: localhost, 127.0.0.1, ::1), or be left unset to use Auth:Authority/.well-known/openid-configuration.";
            }
            if (!string.IsNullOrEmpty(ClientId))
            {
                if (SingleSignOnClientId is null)
                    return "Auth:ClientId must be the Application (client) ID of the add-in's Entra ID app registration, a GUID such as 12345678-abcd-1234-efab-123456789abc.";
                if (!AcceptsJwts)
                    return "Auth:ClientId needs Auth:Authority and Auth:Audience too: Office single sign-on hands the server Entra ID tokens, which it accepts only from a configured provider.";
                if (!Guid.TryParse(Audience, out var audience) || audience != SingleSignOnClientId)
                    return $"Auth:Audience must be the same as Auth:ClientId ({ClientId}) for Office single sign-on: the v2 access tokens Office obtains carry the application (client) id as their audience, not the api:// Application ID URI.";
            }
            return null;
        }
    }

    /// <summary>Refuses to start the server with OpenID Connect settings that have a <see cref="OpenIdConnectProblem"/>, saying it.</summary>
    public sealed class Validation : IValidateOptions<AuthOptions>
    {
        public ValidateOptionsResult Validate(string? name, AuthOptions options) =>
            options.OpenIdConnectProblem is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
