using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OutlineAddin.Data;
using OutlineAddin.Templates;
using OutlineAddin.Tests.Api;
using static OutlineAddin.Tests.Teams.TeamWorld;

namespace OutlineAddin.Tests.Teams;

/// <summary>A team's live templates have different names, compared as a person reads them.</summary>
public class TemplateNameTests(ManyWritersApiFactory factory) : IClassFixture<ManyWritersApiFactory>
{
    private static HttpRequestMessage Put(string id, string ifMatch, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/templates/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static async Task AssertNameTakenAsync(HttpResponseMessage response, string existingId, int existingVersion, string existingName, string detailContains)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, detailContains);
        Assert.Equal(existingId, problem.GetProperty("existingId").GetString());
        Assert.Equal(existingVersion, problem.GetProperty("existingVersion").GetInt32());
        Assert.Equal(existingName, problem.GetProperty("existingName").GetString());
    }

    [Theory]
    [InlineData("支部季度总结")]
    [InlineData("  支部季度总结 ")]
    [InlineData("支部季度总结\u3000")]
    public async Task Creating_a_second_template_of_the_same_name_is_a_409_naming_the_first_and_stores_nothing(string name)
    {
        var world = await CreateAsync(factory);
        var before = await factory.DatabaseFingerprintAsync();

        var response = await world.Callers[Editor].PostAsJsonAsync("/api/templates", new { name, teamId = world.TeamA, nodes = Outline("甲") });

        await AssertNameTakenAsync(response, world.TemplateA, 1, "支部季度总结", "团队里已有模板“支部季度总结”（第 1 版）：请另起名字，或保存为它的新版本。");
        Assert.Equal(before, await factory.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task Names_compare_ignoring_case_width_and_spacing()
    {
        var world = await CreateAsync(factory);
        var owner = world.Callers[Owner];
        (await owner.PostAsJsonAsync("/api/templates", new { name = "2024 Q1 总结", teamId = world.TeamA, nodes = Outline("甲") })).EnsureSuccessStatusCode();

        var response = await owner.PostAsJsonAsync("/api/templates", new { name = "２０２４　ｑ１   总结", teamId = world.TeamA, nodes = Outline("甲") });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "2024 Q1 总结");
    }

    [Theory]
    [InlineData("ＡＢＣ　１２", "abc 12")]
    [InlineData("  Team\t\tPlan  ", "team plan")]
    [InlineData("支部（一）", "支部(一)")]
    [InlineData("季度总结", "季度总结")]
    public void A_name_s_key_folds_width_case_and_spacing(string name, string key) => Assert.Equal(key, TemplateNames.Key(name));

    [Fact]
    public async Task The_same_name_in_another_team_or_in_the_bin_is_free()
    {
        var world = await CreateAsync(factory);

        var otherTeam = await world.Callers[Outsider].PostAsJsonAsync("/api/templates", new { name = "支部季度总结", teamId = world.TeamB, nodes = Outline("甲") });
        var binnedName = await world.Callers[Owner].PostAsJsonAsync("/api/templates", new { name = "已删除的模板", teamId = world.TeamA, nodes = Outline("甲") });

        Assert.Equal(HttpStatusCode.Created, otherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.Created, binnedName.StatusCode);
    }

    [Fact]
    public async Task Renaming_by_saving_to_another_template_s_name_is_a_409_and_keeping_one_s_own_name_is_not()
    {
        var world = await CreateAsync(factory);
        var owner = world.Callers[Owner];
        var second = (await ReadAsync(await owner.PostAsJsonAsync("/api/templates", new { name = "第二个模板", teamId = world.TeamA, nodes = Outline("甲") })))
            .GetProperty("id").GetString()!;
        var before = await factory.DatabaseFingerprintAsync();

        var renamed = await owner.SendAsync(Put(second, TemplateETags.Of(second, 1), new { name = "支部季度总结", nodes = Outline("乙") }));

        await AssertNameTakenAsync(renamed, world.TemplateA, 1, "支部季度总结", "保存为它的新版本");
        Assert.Equal(before, await factory.DatabaseFingerprintAsync());
        var kept = await owner.SendAsync(Put(second, TemplateETags.Of(second, 1), new { name = "第二个模板", nodes = Outline("乙") }));
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
    }

    [Fact]
    public async Task Taking_a_template_out_of_the_bin_when_its_name_is_taken_again_is_a_409()
    {
        var world = await CreateAsync(factory);
        var owner = world.Callers[Owner];
        var successor = (await ReadAsync(await owner.PostAsJsonAsync("/api/templates", new { name = "已删除的模板", teamId = world.TeamA, nodes = Outline("甲") })))
            .GetProperty("id").GetString()!;
        var before = await factory.DatabaseFingerprintAsync();

        var response = await owner.PostAsync($"/api/teams/{world.TeamA}/bin/{world.BinnedA}/restore", null);

        await AssertNameTakenAsync(response, successor, 1, "已删除的模板", "再恢复");
        Assert.Equal(before, await factory.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task Restoring_an_old_version_whose_name_another_template_took_is_a_409()
    {
        var world = await CreateAsync(factory);
        var owner = world.Callers[Owner];
        (await owner.SendAsync(Put(world.TemplateA, TemplateETags.Of(world.TemplateA, 1), new { name = "改过名的总结", nodes = Outline("乙") }))).EnsureSuccessStatusCode();
        var taker = (await ReadAsync(await owner.PostAsJsonAsync("/api/templates", new { name = "支部季度总结", teamId = world.TeamA, nodes = Outline("甲") })))
            .GetProperty("id").GetString()!;

        var response = await owner.PostAsync($"/api/templates/{world.TemplateA}/versions/1/restore", null);

        await AssertNameTakenAsync(response, taker, 1, "支部季度总结", "支部季度总结");
    }

    [Fact]
    public async Task Ten_parallel_creates_of_one_name_make_one_template_and_nine_409s()
    {
        var world = await CreateAsync(factory);
        var clients = Enumerable.Range(0, 10).Select(_ => Client(factory, world.Tokens[Editor])).ToList();

        var responses = await Task.WhenAll(clients.Select(client => Task.Run(() =>
            client.PostAsJsonAsync("/api/templates", new { name = "同时创建的模板", teamId = world.TeamA, nodes = Outline("甲") }))));

        Assert.Equal([(HttpStatusCode.Created, 1), (HttpStatusCode.Conflict, 9)],
            responses.GroupBy(response => response.StatusCode).OrderBy(group => group.Key).Select(group => (group.Key, group.Count())));
        var created = await responses.Single(response => response.StatusCode == HttpStatusCode.Created).Content.ReadFromJsonAsync<JsonElement>();
        foreach (var conflict in responses.Where(response => response.StatusCode == HttpStatusCode.Conflict))
        {
            await AssertNameTakenAsync(conflict, created.GetProperty("id").GetString()!, 1, "同时创建的模板", "同时创建的模板");
        }
        Assert.Equal(1, await factory.QueryDatabaseAsync<long>(
            $"SELECT count(*) FROM templates WHERE team_id = '{world.TeamA}' AND name = '同时创建的模板'"));
    }

    [Fact]
    public async Task A_409_body_has_exactly_the_properties_the_OpenApi_document_gives_it()
    {
        var world = await CreateAsync(factory);
        var document = System.Text.Json.Nodes.JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        string[] Properties(string schema) => document["components"]!["schemas"]![schema]!["properties"]!.AsObject().Select(p => p.Key).Order().ToArray();

        var taken = await world.Callers[Editor].PostAsJsonAsync("/api/templates", new { name = "支部季度总结", teamId = world.TeamA, nodes = Outline("甲") });
        var stale = await world.Callers[Editor].SendAsync(Put(world.TemplateA, TemplateETags.Of(world.TemplateA, 0), new { name = "改名", nodes = Outline("甲") }));

        // traceId is the framework's (ProblemDetails defaults), on every problem: no part of the typed body.
        static async Task<string[]> Keys(HttpResponseMessage response) =>
            (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateObject().Select(p => p.Name).Where(name => name != "traceId").Order().ToArray();
        Assert.Equal(Properties("TemplateNameTakenProblem"), await Keys(taken));
        Assert.Equal(Properties("TemplateStaleProblem"), await Keys(stale));
    }

    [Fact]
    public async Task The_database_refuses_a_second_live_template_of_the_same_name_in_a_team()
    {
        var world = await CreateAsync(factory);
        var database = factory.Services.GetRequiredService<OutlineDatabase>();
        await using var connection = await database.OpenAsync();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("""
            INSERT INTO templates (id, name, name_key, category, default_style_id, levels_json, nodes_json, node_count, search_text,
                                   content_hash, version, updated_at, team_id)
            SELECT 'copy', name, name_key, category, default_style_id, levels_json, nodes_json, node_count, search_text,
                   content_hash, version, updated_at, team_id FROM templates WHERE id = @Id
            """, new { Id = world.TemplateA }));
        Assert.True(database.IsUniqueViolation(error), error.Message);
    }
}
