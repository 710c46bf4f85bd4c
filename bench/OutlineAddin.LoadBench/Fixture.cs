using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OutlineAddin.LoadBench;

/// <summary>
/// What the load needs in the database, made through the API before it starts: a team whose owner created
/// <see cref="LoadOptions.Templates"/> templates (copies of the built-ins' outlines), one editor per writer (saves are
/// limited per user, so writers on one user would refuse each other), and a few viewers for the readers.
/// </summary>
public sealed record Fixture(
    string TeamId,
    IReadOnlyList<string> TemplateIds,
    IReadOnlyList<string> BuiltInIds,
    IReadOnlyList<string> ReaderTokens,
    IReadOnlyList<string> WriterTokens)
{
    /// <summary>Readers share a few users, as people of one office share a team; more would only add rows.</summary>
    private const int ReaderUsers = 8;

    public static async Task<Fixture> CreateAsync(HttpClient client, LoadOptions options, CancellationToken cancellationToken)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var owner = await CreateUserAsync(client, options.AdminToken, $"bench-owner-{stamp}", cancellationToken);
        var team = await SendAsync(client, HttpMethod.Post, "api/teams", owner.Token, new JsonObject { ["name"] = $"基准团队 {stamp}" }, cancellationToken);
        var teamId = (string)team["id"]!;

        var writers = new List<string>();
        for (var i = 0; i < options.Writers; i++)
        {
            var writer = await CreateUserAsync(client, options.AdminToken, $"bench-writer-{i}-{stamp}", cancellationToken);
            await AddMemberAsync(client, owner.Token, teamId, writer.Id, "editor", cancellationToken);
            writers.Add(writer.Token);
        }
        var readers = new List<string>();
        for (var i = 0; i < Math.Min(ReaderUsers, options.Readers); i++)
        {
            var reader = await CreateUserAsync(client, options.AdminToken, $"bench-reader-{i}-{stamp}", cancellationToken);
            await AddMemberAsync(client, owner.Token, teamId, reader.Id, "viewer", cancellationToken);
            readers.Add(reader.Token);
        }

        var builtIns = (await SendAsync(client, HttpMethod.Get, "api/templates?scope=builtin&pageSize=100", null, null, cancellationToken))["items"]!
            .AsArray().Select(item => (string)item!["id"]!).ToList();
        var templateIds = new List<string>();
        for (var i = 0; i < options.Templates; i++)
        {
            var source = await SendAsync(client, HttpMethod.Get, $"api/templates/{builtIns[i % builtIns.Count]}", null, null, cancellationToken);
            var request = TemplateRequests.From(source, $"基准模板 {i + 1:000}");
            request["teamId"] = teamId;
            var created = await SendAsync(client, HttpMethod.Post, "api/templates", owner.Token, request, cancellationToken);
            templateIds.Add((string)created["id"]!);
        }
        return new Fixture(teamId, templateIds, builtIns, readers, writers);
    }

    private sealed record CreatedUser(string Id, string Token);

    private static async Task<CreatedUser> CreateUserAsync(HttpClient client, string adminToken, string name, CancellationToken cancellationToken)
    {
        var user = await SendAsync(client, HttpMethod.Post, "api/users", adminToken, new JsonObject { ["name"] = name }, cancellationToken);
        return new CreatedUser((string)user["id"]!, (string)user["token"]!);
    }

    private static Task<JsonNode> AddMemberAsync(HttpClient client, string ownerToken, string teamId, string userId, string role, CancellationToken cancellationToken) =>
        SendAsync(client, HttpMethod.Post, $"api/teams/{teamId}/members", ownerToken, new JsonObject { ["userId"] = userId, ["role"] = role }, cancellationToken);

    private static async Task<JsonNode> SendAsync(HttpClient client, HttpMethod method, string path, string? token, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"setup: {method} {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text) ?? throw new InvalidOperationException($"setup: {method} {path} answered no JSON");
    }
}
