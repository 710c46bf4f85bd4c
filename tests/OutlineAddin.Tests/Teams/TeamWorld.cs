using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OutlineAddin.Tests.Api;

namespace OutlineAddin.Tests.Teams;

/// <summary>
/// A small world made through the API itself: team A with an owner, an editor, two viewers, a template,
/// a binned template and a numbering style; team B whose owner is the outsider, with its own template.
/// </summary>
public sealed class TeamWorld
{
    public required OutlineApiFactory Factory { get; init; }
    public required Dictionary<string, HttpClient> Callers { get; init; }
    public required Dictionary<string, string> UserIds { get; init; }
    public required Dictionary<string, string> Tokens { get; init; }
    public required string TeamA { get; init; }
    public required string TeamB { get; init; }
    public required string TemplateA { get; init; }
    public required string BinnedA { get; init; }
    public required string TemplateB { get; init; }
    public required string StyleA { get; init; }

    public const string Anonymous = "anonymous";
    public const string Viewer = "viewer";
    public const string Editor = "editor";
    public const string Owner = "owner";
    public const string Outsider = "outsider";

    public static readonly string[] Roles = [Anonymous, Viewer, Editor, Owner, Outsider];

    public static object Outline(string title) => new[] { new { title, children = new[] { new { title = title + "的要点", children = Array.Empty<object>() } } } };

    public static async Task<TeamWorld> CreateAsync(OutlineApiFactory factory)
    {
        var admin = Client(factory, OutlineApiFactory.AdminToken);
        var callers = new Dictionary<string, HttpClient> { [Anonymous] = factory.CreateClient() };
        var userIds = new Dictionary<string, string>();
        var tokens = new Dictionary<string, string>();
        foreach (var name in new[] { Owner, Editor, Viewer, Outsider, "extra", "newcomer" })
        {
            var created = await ReadAsync(await admin.PostAsJsonAsync("/api/users", new { name }));
            userIds[name] = created.GetProperty("id").GetString()!;
            tokens[name] = created.GetProperty("token").GetString()!;
            callers[name] = Client(factory, tokens[name]);
        }

        var teamA = (await ReadAsync(await callers[Owner].PostAsJsonAsync("/api/teams", new { name = "机关第一党支部" }))).GetProperty("id").GetString()!;
        var teamB = (await ReadAsync(await callers[Outsider].PostAsJsonAsync("/api/teams", new { name = "另一个支部" }))).GetProperty("id").GetString()!;
        foreach (var (member, role) in new[] { (Editor, "editor"), (Viewer, "viewer"), ("extra", "viewer") })
        {
            await ReadAsync(await callers[Owner].PostAsJsonAsync($"/api/teams/{teamA}/members", new { userId = userIds[member], role }));
        }

        async Task<string> CreateTemplate(HttpClient client, string team, string name) =>
            (await ReadAsync(await client.PostAsJsonAsync("/api/templates", new { name, teamId = team, nodes = Outline(name), defaultStyleId = "gongwen" })))
            .GetProperty("id").GetString()!;

        var templateA = await CreateTemplate(callers[Owner], teamA, "支部季度总结");
        var binnedA = await CreateTemplate(callers[Owner], teamA, "已删除的模板");
        (await callers[Owner].DeleteAsync($"/api/templates/{binnedA}")).EnsureSuccessStatusCode();
        var templateB = await CreateTemplate(callers[Outsider], teamB, "别人的模板");
        var styleA = (await ReadAsync(await callers[Owner].PostAsJsonAsync("/api/numbering-styles", new
        {
            teamId = teamA, name = "支部样式", levels = new[] { new { numFmt = "chineseCounting", lvlText = "第%1部分 " } },
        }))).GetProperty("id").GetString()!;

        return new TeamWorld
        {
            Factory = factory, Callers = callers, UserIds = userIds, Tokens = tokens, TeamA = teamA, TeamB = teamB,
            TemplateA = templateA, BinnedA = binnedA, TemplateB = templateB, StyleA = styleA,
        };
    }

    public static HttpClient Client(OutlineApiFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<string> ETagAsync(string templateId)
    {
        var response = await Callers[Owner].GetAsync($"/api/templates/{templateId}");
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag!.Tag;
    }
}
