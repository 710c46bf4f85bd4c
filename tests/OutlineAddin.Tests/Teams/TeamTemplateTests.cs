using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutlineAddin.Identity;
using OutlineAddin.Templates;
using OutlineAddin.Tests.Api;
using static OutlineAddin.Tests.Teams.TeamWorld;

namespace OutlineAddin.Tests.Teams;

public class TeamTemplateTests(ManyWritersApiFactory factory) : IClassFixture<ManyWritersApiFactory>
{
    private static HttpRequestMessage Put(string id, string? ifMatch, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/templates/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Fact]
    public async Task Creating_answers_201_with_location_etag_scope_and_author()
    {
        var world = await CreateAsync(factory);
        var response = await world.Callers[Editor].PostAsJsonAsync("/api/templates", new
        {
            name = "七一主题党日方案", category = "党日活动", tags = new[] { "七一", "主题党日" }, nodes = Outline("活动安排"),
            defaultStyleId = "gongwen", teamId = world.TeamA,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/api/templates/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(TemplateETags.Of(id, 1), response.Headers.ETag!.Tag);
        Assert.Equal("team", body.GetProperty("scope").GetString());
        Assert.Equal(world.TeamA, body.GetProperty("teamId").GetString());
        Assert.Equal(Editor, body.GetProperty("updatedBy").GetString());
        Assert.Equal(["七一", "主题党日"], body.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

        var found = await ReadAsync(await world.Callers[Viewer].GetAsync("/api/templates?q=七一"));
        Assert.Equal(1, found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_update_needs_if_match_and_a_stale_one_says_who_changed_it_and_when()
    {
        var world = await CreateAsync(factory);
        var client = world.Callers[Editor];
        var original = await world.ETagAsync(world.TemplateA);

        var missing = await client.SendAsync(Put(world.TemplateA, null, new { name = "甲", nodes = Outline("甲") }));
        await missing.AssertProblemAsync(HttpStatusCode.PreconditionRequired, "If-Match");

        var first = await world.Callers[Owner].SendAsync(Put(world.TemplateA, original, new { name = "所有者的版本", nodes = Outline("乙") }));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(TemplateETags.Of(world.TemplateA, 2), first.Headers.ETag!.Tag);

        var before = await factory.DatabaseFingerprintAsync();
        var stale = await client.SendAsync(Put(world.TemplateA, original, new { name = "编辑者的版本", nodes = Outline("丙") }));
        var problem = await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed, Owner);
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal(Owner, problem.GetProperty("updatedBy").GetString());
        Assert.True(problem.TryGetProperty("updatedAt", out _));
        Assert.Equal(before, await factory.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task History_is_only_ever_added_to_and_a_restore_is_a_new_version()
    {
        var world = await CreateAsync(factory);
        var client = world.Callers[Editor];
        var etag = await world.ETagAsync(world.TemplateA);
        (await client.SendAsync(Put(world.TemplateA, etag, new { name = "第二版", nodes = Outline("第二版") }))).EnsureSuccessStatusCode();

        var restored = await ReadAsync(await client.PostAsync($"/api/templates/{world.TemplateA}/versions/1/restore", null));
        Assert.Equal(3, restored.GetProperty("version").GetInt32());
        Assert.Equal("支部季度总结", restored.GetProperty("name").GetString());

        var versions = (await ReadAsync(await client.GetAsync($"/api/templates/{world.TemplateA}/versions"))).EnumerateArray().ToList();
        Assert.Equal([3, 2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(1, versions[0].GetProperty("restoredFrom").GetInt32());
        Assert.Equal(Editor, versions[0].GetProperty("createdBy").GetString());
        var second = await ReadAsync(await client.GetAsync($"/api/templates/{world.TemplateA}/versions/2"));
        Assert.Equal("第二版", second.GetProperty("content").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Deleting_moves_to_the_bin_and_only_an_owner_restores()
    {
        var world = await CreateAsync(factory);
        Assert.Equal(HttpStatusCode.NoContent, (await world.Callers[Editor].DeleteAsync($"/api/templates/{world.TemplateA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Callers[Editor].GetAsync($"/api/templates/{world.TemplateA}")).StatusCode);
        var bin = await ReadAsync(await world.Callers[Viewer].GetAsync($"/api/teams/{world.TeamA}/bin"));
        Assert.Contains(bin.EnumerateArray(), item => item.GetProperty("id").GetString() == world.TemplateA && item.GetProperty("deletedBy").GetString() == Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Callers[Editor].PostAsync($"/api/teams/{world.TeamA}/bin/{world.TemplateA}/restore", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await world.Callers[Owner].PostAsync($"/api/teams/{world.TeamA}/bin/{world.TemplateA}/restore", null)).StatusCode);
        var back = await ReadAsync(await world.Callers[Viewer].GetAsync($"/api/templates/{world.TemplateA}"));
        Assert.Equal(1, back.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Taking_a_template_out_of_the_bin_says_it_wrote_no_version()
    {
        var world = await CreateAsync(factory);
        using var scope = factory.Services.CreateScope();

        var result = await scope.ServiceProvider.GetRequiredService<TemplateRepository>().RestoreFromBinAsync(world.BinnedA, CancellationToken.None);

        Assert.Equal(new TemplateWrite.OutOfBin(1), result);
        Assert.Equal(1, await factory.QueryDatabaseAsync<long>($"SELECT count(*) FROM template_versions WHERE template_id = '{world.BinnedA}'"));
    }

    [Fact]
    public async Task The_last_owner_cannot_leave_or_step_down()
    {
        var world = await CreateAsync(factory);
        var owner = world.Callers[Owner];
        var ownerId = world.UserIds[Owner];
        await (await owner.DeleteAsync($"/api/teams/{world.TeamA}/members/{ownerId}")).AssertProblemAsync(HttpStatusCode.Conflict, "所有者");
        await (await owner.PutAsJsonAsync($"/api/teams/{world.TeamA}/members/{ownerId}", new { role = "viewer" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "所有者");

        (await owner.PutAsJsonAsync($"/api/teams/{world.TeamA}/members/{world.UserIds[Editor]}", new { role = "owner" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/teams/{world.TeamA}/members/{ownerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/templates/{world.TemplateA}")).StatusCode);
    }

    [Fact]
    public async Task Team_styles_are_listed_for_members_and_used_by_render()
    {
        var world = await CreateAsync(factory);
        var styles = await ReadAsync(await world.Callers[Viewer].GetAsync("/api/numbering-styles"));
        Assert.Contains(styles.EnumerateArray(), s => s.GetProperty("id").GetString() == world.StyleA && s.GetProperty("teamId").GetString() == world.TeamA);
        var outsiders = await ReadAsync(await world.Callers[Outsider].GetAsync("/api/numbering-styles"));
        Assert.DoesNotContain(outsiders.EnumerateArray(), s => s.GetProperty("id").GetString() == world.StyleA);

        var lines = await ReadAsync(await world.Callers[Viewer].PostAsJsonAsync("/api/outlines/render", new { nodes = Outline("甲"), styleId = world.StyleA }));
        Assert.Equal("第一部分 甲", lines.GetProperty("lines")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_template_defaulting_to_a_team_style_opens_and_renders_with_it_for_members_only()
    {
        var world = await CreateAsync(factory);
        var created = await ReadAsync(await world.Callers[Editor].PostAsJsonAsync("/api/templates", new
        {
            name = "用支部样式的模板", teamId = world.TeamA, nodes = Outline("甲"), defaultStyleId = world.StyleA,
        }));
        var id = created.GetProperty("id").GetString();

        var opened = await ReadAsync(await world.Callers[Viewer].GetAsync($"/api/templates/{id}"));
        var lines = await ReadAsync(await world.Callers[Viewer].PostAsJsonAsync("/api/outlines/render", new
        {
            nodes = opened.GetProperty("nodes"), styleId = opened.GetProperty("defaultStyleId").GetString(),
        }));
        var outsiderRender = await world.Callers[Outsider].PostAsJsonAsync("/api/outlines/render", new { nodes = Outline("甲"), styleId = world.StyleA });

        Assert.Equal(world.StyleA, opened.GetProperty("defaultStyleId").GetString());
        Assert.Equal("第一部分 甲", lines.GetProperty("lines")[0].GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await world.Callers[Outsider].GetAsync($"/api/numbering-styles/{world.StyleA}")).StatusCode);
        // The outsider cannot tell the team's style from one that does not exist.
        await outsiderRender.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "没有编号样式");
    }

    [Fact]
    public async Task Saving_what_is_already_the_current_version_makes_no_new_version()
    {
        var world = await CreateAsync(factory);
        var client = world.Callers[Editor];
        var content = new { name = "带标签的模板", category = "党日活动", tags = new[] { "七一" }, nodes = Outline("甲"), defaultStyleId = "gongwen" };
        var etag = (await client.SendAsync(Put(world.TemplateA, await world.ETagAsync(world.TemplateA), content))).Headers.ETag!.Tag;
        var before = await factory.DatabaseFingerprintAsync();

        var again = await client.SendAsync(Put(world.TemplateA, etag, content));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag!.Tag);
        Assert.Equal(2, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(before, await factory.DatabaseFingerprintAsync());
        Assert.Equal(2, (await ReadAsync(await client.GetAsync($"/api/templates/{world.TemplateA}/versions"))).GetArrayLength());
        // Any difference, however small, is a new version.
        var retagged = await client.SendAsync(Put(world.TemplateA, etag, content with { tags = new[] { "七一", "党日" } }));
        Assert.Equal(TemplateETags.Of(world.TemplateA, 3), retagged.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Tags_null_or_empty_and_levels_left_out_or_the_style_s_own_are_the_same_content_and_make_no_version()
    {
        var world = await CreateAsync(factory);
        var client = world.Callers[Editor];
        // TemplateA was created without tags and without levels, in gongwen: it has no tags and gongwen's levels.
        var etag = await world.ETagAsync(world.TemplateA);
        var styles = await ReadAsync(await client.GetAsync("/api/numbering-styles"));
        var gongwenLevels = styles.EnumerateArray().Single(style => style.GetProperty("id").GetString() == "gongwen").GetProperty("levels");
        var before = await factory.DatabaseFingerprintAsync();

        foreach (var body in new object[]
        {
            new { name = "支部季度总结", nodes = Outline("支部季度总结"), defaultStyleId = "gongwen", tags = (string[]?)null },
            new { name = "支部季度总结", nodes = Outline("支部季度总结"), defaultStyleId = "gongwen", tags = Array.Empty<string>() },
            new { name = "支部季度总结", nodes = Outline("支部季度总结"), defaultStyleId = "gongwen", levels = gongwenLevels },
            new { name = "支部季度总结", nodes = Outline("支部季度总结"), defaultStyleId = "gongwen", levels = (object?)null, tags = Array.Empty<string>() },
        })
        {
            var response = await client.SendAsync(Put(world.TemplateA, etag, body));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(etag, response.Headers.ETag!.Tag);
        }
        Assert.Equal(before, await factory.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task A_past_version_answers_with_the_etag_a_save_based_on_it_sends()
    {
        var world = await CreateAsync(factory);
        var client = world.Callers[Editor];
        (await client.SendAsync(Put(world.TemplateA, await world.ETagAsync(world.TemplateA), new { name = "第二版", nodes = Outline("乙") }))).EnsureSuccessStatusCode();

        var first = await client.GetAsync($"/api/templates/{world.TemplateA}/versions/1");
        var second = await client.GetAsync($"/api/templates/{world.TemplateA}/versions/2");

        Assert.Equal(TemplateETags.Of(world.TemplateA, 1), first.Headers.ETag!.Tag);
        Assert.Equal(await world.ETagAsync(world.TemplateA), second.Headers.ETag!.Tag);
        var basedOnFirst = await client.SendAsync(Put(world.TemplateA, first.Headers.ETag.Tag, new { name = "第三版", nodes = Outline("丙") }));
        Assert.Equal(HttpStatusCode.PreconditionFailed, basedOnFirst.StatusCode);
        var basedOnSecond = await client.SendAsync(Put(world.TemplateA, second.Headers.ETag.Tag, new { name = "第三版", nodes = Outline("丙") }));
        Assert.Equal(HttpStatusCode.OK, basedOnSecond.StatusCode);
    }

    [Fact]
    public async Task Search_finds_a_team_template_by_its_category()
    {
        var world = await CreateAsync(factory);
        (await world.Callers[Editor].PostAsJsonAsync("/api/templates", new { name = "七月计划", category = "组织生活会", teamId = world.TeamA, nodes = Outline("甲") }))
            .EnsureSuccessStatusCode();

        var found = await ReadAsync(await world.Callers[Viewer].GetAsync("/api/templates?q=生活会&scope=team"));

        Assert.Equal(["七月计划"], found.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Twenty_parallel_writers_lose_no_update()
    {
        var world = await CreateAsync(factory);
        const int writers = 20, attemptsEach = 25;
        var successes = new ConcurrentBag<(int Version, string Name)>();
        var conflicts = 0;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            var client = TeamWorld.Client(factory, world.Tokens[Editor]);
            for (var attempt = 0; attempt < attemptsEach; attempt++)
            {
                var current = await client.GetAsync($"/api/templates/{world.TemplateA}");
                var name = $"写入者{writer}-第{attempt}次";
                var response = await client.SendAsync(Put(world.TemplateA, current.Headers.ETag!.Tag, new { name, nodes = Outline(name) }));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    successes.Add((body.GetProperty("version").GetInt32(), name));
                }
                else
                {
                    Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
                    Interlocked.Increment(ref conflicts);
                }
            }
        })));

        Assert.Equal(writers * attemptsEach, successes.Count + conflicts);
        Assert.NotEmpty(successes);
        Assert.Equal(successes.Count, successes.Select(s => s.Version).Distinct().Count());
        var versions = (await ReadAsync(await world.Callers[Viewer].GetAsync($"/api/templates/{world.TemplateA}/versions"))).EnumerateArray().ToList();
        Assert.Equal(successes.Count + 1, versions.Count);
        // Every accepted write is in the history under the version it was told.
        var history = versions.ToDictionary(v => v.GetProperty("version").GetInt32(), v => v.GetProperty("name").GetString());
        Assert.All(successes, success => Assert.Equal(success.Name, history[success.Version]));
        Assert.Equal(successes.Count + 1, await factory.QueryDatabaseAsync<long>(
            $"SELECT count(*) FROM template_versions WHERE template_id = '{world.TemplateA}'"));
    }

    [Fact]
    public async Task The_database_holds_no_token_in_plain_text()
    {
        var world = await CreateAsync(factory);
        var extra = await ReadAsync(await world.Callers[Viewer].PostAsJsonAsync("/api/users/me/tokens", new { name = "家里电脑" }));
        var tokens = world.Tokens.Values.Append(extra.GetProperty("token").GetString()!).ToList();
        Assert.All(tokens, token => Assert.True(token.Length >= 43, "at least 256 bits"));

        var stored = await factory.StoredTextAsync();
        Assert.All(tokens, token => Assert.DoesNotContain(token, stored));
        Assert.All(tokens, token => Assert.DoesNotContain(token[AccessTokens.Prefix.Length..], stored));
        Assert.Equal(1, await factory.QueryDatabaseAsync<long>($"SELECT count(*) FROM access_tokens WHERE token_hash = '{AccessTokens.Hash(tokens[^1])}'"));
    }

    [Fact]
    public async Task A_revoked_token_no_longer_signs_in()
    {
        var world = await CreateAsync(factory);
        var created = await ReadAsync(await world.Callers[Viewer].PostAsJsonAsync("/api/users/me/tokens", new { name = "临时" }));
        var client = TeamWorld.Client(factory, created.GetProperty("token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/users/me")).StatusCode);

        var listed = await ReadAsync(await world.Callers[Viewer].GetAsync("/api/users/me/tokens"));
        Assert.DoesNotContain("token", listed[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.NoContent, (await world.Callers[Viewer].DeleteAsync($"/api/users/me/tokens/{created.GetProperty("id").GetString()}")).StatusCode);
        await (await client.GetAsync("/api/templates")).AssertProblemAsync(HttpStatusCode.Unauthorized, "令牌");
    }

    [Theory]
    [InlineData("weak", HttpStatusCode.PreconditionFailed)]
    [InlineData("star", HttpStatusCode.OK)]
    [InlineData("list", HttpStatusCode.OK)]
    [InlineData("other template", HttpStatusCode.PreconditionFailed)]
    public async Task If_match_compares_strongly_and_accepts_a_star_or_a_list(string form, HttpStatusCode expected)
    {
        var world = await CreateAsync(factory);
        var current = await world.ETagAsync(world.TemplateA);
        var ifMatch = form switch
        {
            "weak" => "W/" + current,
            "star" => "*",
            "list" => $"{TemplateETags.Of(world.TemplateA, 99)}, {current}",
            _ => TemplateETags.Of(world.TemplateB, 1),
        };
        var response = await world.Callers[Editor].SendAsync(Put(world.TemplateA, ifMatch, new { name = "新名", nodes = Outline("新名") }));
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_restore_with_a_stale_if_match_is_refused()
    {
        var world = await CreateAsync(factory);
        var original = await world.ETagAsync(world.TemplateA);
        (await world.Callers[Owner].SendAsync(Put(world.TemplateA, original, new { name = "第二版", nodes = Outline("第二版") }))).EnsureSuccessStatusCode();
        using var restore = new HttpRequestMessage(HttpMethod.Post, $"/api/templates/{world.TemplateA}/versions/1/restore");
        restore.Headers.TryAddWithoutValidation("If-Match", original);
        await (await world.Callers[Editor].SendAsync(restore)).AssertProblemAsync(HttpStatusCode.PreconditionFailed, Owner);
    }

    [Fact]
    public async Task A_non_member_learns_nothing_about_a_team_template()
    {
        var world = await CreateAsync(factory);
        var known = await world.Callers[Outsider].GetAsync($"/api/templates/{world.TemplateA}/versions");
        var unknown = await world.Callers[Outsider].GetAsync("/api/templates/no-such-template/versions");
        var knownDetail = (await known.AssertProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString();
        var unknownDetail = (await unknown.AssertProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString();
        Assert.DoesNotContain(world.TeamA, knownDetail);
        Assert.Equal(unknownDetail!.Replace("no-such-template", world.TemplateA), knownDetail);
    }

    [Fact]
    public async Task A_template_cannot_default_to_another_team_s_style()
    {
        var world = await CreateAsync(factory);
        var teamC = (await ReadAsync(await world.Callers[Owner].PostAsJsonAsync("/api/teams", new { name = "第三个团队" }))).GetProperty("id").GetString();
        var response = await world.Callers[Owner].PostAsJsonAsync("/api/templates", new { name = "借样式", teamId = teamC, nodes = Outline("甲"), defaultStyleId = world.StyleA });
        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }
}
