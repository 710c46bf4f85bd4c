using System.Net.Http.Json;
using OutlineAddin.Templates;
using OutlineAddin.Tests.Api;
using static OutlineAddin.Tests.Teams.TeamWorld;

namespace OutlineAddin.Tests.Teams;

/// <summary>
/// Every route against every kind of caller: the exact status, and nothing stored where a request was refused.
/// </summary>
public class AuthorizationMatrixTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    // Expected status for: anonymous, viewer, editor, owner, outsider (a member of another team only).
    private static readonly Dictionary<string, int[]> Matrix = new()
    {
        ["GET team template"] = [404, 200, 200, 200, 404],
        ["GET other team's template"] = [404, 404, 404, 404, 200],
        ["GET built-in template"] = [200, 200, 200, 200, 200],
        ["POST template"] = [401, 403, 201, 201, 404],
        ["PUT template"] = [401, 403, 200, 200, 404],
        ["PUT built-in template"] = [401, 403, 403, 403, 403],
        ["DELETE template"] = [401, 403, 204, 204, 404],
        ["DELETE built-in template"] = [401, 403, 403, 403, 403],
        ["GET versions"] = [401, 200, 200, 200, 404],
        ["GET version 1"] = [401, 200, 200, 200, 404],
        ["POST restore version 1"] = [401, 403, 200, 200, 404],
        ["GET bin"] = [401, 200, 200, 200, 404],
        ["POST restore from bin"] = [401, 403, 403, 204, 404],
        ["GET teams"] = [401, 200, 200, 200, 200],
        ["POST team"] = [401, 201, 201, 201, 201],
        ["GET members"] = [401, 200, 200, 200, 404],
        ["POST member"] = [401, 403, 403, 201, 404],
        ["PUT member role"] = [401, 403, 403, 200, 404],
        ["DELETE member"] = [401, 403, 403, 204, 404],
        ["POST numbering style"] = [401, 403, 201, 201, 404],
        ["GET team numbering style"] = [404, 200, 200, 200, 404],
        ["POST render with team style"] = [422, 200, 200, 200, 422],
        ["POST user"] = [401, 403, 403, 403, 403],
        ["GET me"] = [401, 200, 200, 200, 200],
        ["POST token"] = [401, 201, 201, 201, 201],
        ["GET field defaults"] = [200, 200, 200, 200, 200],
        ["GET team field defaults"] = [404, 200, 200, 200, 404],
        ["PUT team field defaults"] = [401, 204, 204, 204, 404],
    };

    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (route, statuses) in Matrix)
        {
            for (var i = 0; i < Roles.Length; i++) data.Add(route, Roles[i], statuses[i]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_caller_gets_exactly_the_access_their_role_gives(string route, string caller, int expected)
    {
        var world = await CreateAsync(factory);
        using var request = await BuildAsync(world, route);
        var before = await factory.DatabaseFingerprintAsync();

        var response = await world.Callers[caller].SendAsync(request);

        Assert.True(expected == (int)response.StatusCode, $"{route} as {caller}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(before, await factory.DatabaseFingerprintAsync());
        }
    }

    [Fact]
    public async Task The_list_shows_built_ins_to_everyone_and_team_templates_only_to_members()
    {
        var world = await CreateAsync(factory);
        async Task<List<(string Id, string Scope, string? TeamId)>> Listed(string caller)
        {
            var page = await ReadAsync(await world.Callers[caller].GetAsync("/api/templates?pageSize=100"));
            return page.GetProperty("items").EnumerateArray()
                .Select(item => (item.GetProperty("id").GetString()!, item.GetProperty("scope").GetString()!, item.GetProperty("teamId").GetString()))
                .ToList();
        }

        var anonymous = await Listed(Anonymous);
        Assert.Equal(15, anonymous.Count);
        Assert.All(anonymous, item => Assert.Equal(("builtin", (string?)null), (item.Scope, item.TeamId)));

        var viewer = await Listed(Viewer);
        Assert.Contains((world.TemplateA, "team", world.TeamA), viewer);
        Assert.DoesNotContain(viewer, item => item.Id == world.TemplateB || item.Id == world.BinnedA);

        var outsider = await Listed(Outsider);
        Assert.DoesNotContain(outsider, item => item.Id == world.TemplateA);
        Assert.Contains(outsider, item => item.Id == world.TemplateB);
    }

    private static async Task<HttpRequestMessage> BuildAsync(TeamWorld world, string route)
    {
        HttpRequestMessage Json(HttpMethod method, string url, object body) => new(method, url) { Content = JsonContent.Create(body) };
        var template = $"/api/templates/{world.TemplateA}";
        switch (route)
        {
            case "GET team template": return new(HttpMethod.Get, template);
            case "GET other team's template": return new(HttpMethod.Get, $"/api/templates/{world.TemplateB}");
            case "GET built-in template": return new(HttpMethod.Get, "/api/templates/builtin-01");
            case "POST template": return Json(HttpMethod.Post, "/api/templates", new { name = "新模板", teamId = world.TeamA, nodes = Outline("新模板") });
            case "PUT template":
            case "PUT built-in template":
            {
                var id = route == "PUT template" ? world.TemplateA : "builtin-01";
                var request = Json(HttpMethod.Put, $"/api/templates/{id}", new { name = "改过的", nodes = Outline("改过的") });
                request.Headers.TryAddWithoutValidation("If-Match", id == world.TemplateA ? await world.ETagAsync(id) : TemplateETags.Of("builtin-01", 1));
                return request;
            }
            case "DELETE template": return new(HttpMethod.Delete, template);
            case "DELETE built-in template": return new(HttpMethod.Delete, "/api/templates/builtin-01");
            case "GET versions": return new(HttpMethod.Get, $"{template}/versions");
            case "GET version 1": return new(HttpMethod.Get, $"{template}/versions/1");
            case "POST restore version 1": return new(HttpMethod.Post, $"{template}/versions/1/restore");
            case "GET bin": return new(HttpMethod.Get, $"/api/teams/{world.TeamA}/bin");
            case "POST restore from bin": return new(HttpMethod.Post, $"/api/teams/{world.TeamA}/bin/{world.BinnedA}/restore");
            case "GET teams": return new(HttpMethod.Get, "/api/teams");
            case "POST team": return Json(HttpMethod.Post, "/api/teams", new { name = "新团队" });
            case "GET members": return new(HttpMethod.Get, $"/api/teams/{world.TeamA}/members");
            case "POST member": return Json(HttpMethod.Post, $"/api/teams/{world.TeamA}/members", new { userId = world.UserIds["newcomer"], role = "viewer" });
            case "PUT member role": return Json(HttpMethod.Put, $"/api/teams/{world.TeamA}/members/{world.UserIds["extra"]}", new { role = "editor" });
            case "DELETE member": return new(HttpMethod.Delete, $"/api/teams/{world.TeamA}/members/{world.UserIds["extra"]}");
            case "POST numbering style":
                return Json(HttpMethod.Post, "/api/numbering-styles", new
                {
                    teamId = world.TeamA, name = "新样式", levels = new[] { new { numFmt = "decimal", lvlText = "%1. " } },
                });
            case "GET team numbering style": return new(HttpMethod.Get, $"/api/numbering-styles/{world.StyleA}");
            case "POST render with team style": return Json(HttpMethod.Post, "/api/outlines/render", new { nodes = Outline("甲"), styleId = world.StyleA });
            case "POST user": return Json(HttpMethod.Post, "/api/users", new { name = "someone" });
            case "GET me": return new(HttpMethod.Get, "/api/users/me");
            case "POST token": return Json(HttpMethod.Post, "/api/users/me/tokens", new { name = "笔记本电脑" });
            case "GET field defaults": return new(HttpMethod.Get, "/api/field-defaults");
            case "GET team field defaults": return new(HttpMethod.Get, $"/api/field-defaults?teamId={world.TeamA}");
            case "PUT team field defaults": return Json(HttpMethod.Put, $"/api/teams/{world.TeamA}/field-defaults", new { values = new { 单位 = "某某县委办" } });
            default: throw new ArgumentOutOfRangeException(nameof(route), route, null);
        }
    }
}
