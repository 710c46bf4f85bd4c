using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Tests.Api;

/// <summary>
/// taskpane/test/unit/fixtures/style-labels.json is what the server's /api/outlines/render gives for one outline in
/// every built-in style, with the flat-OPC package (list numbering) the server builds for it: the taskpane's fake of
/// Word's list numbering and of insertOoxml is checked against it (fake-lists.test.ts, fake-ooxml.test.ts), so the
/// fake's model of Word and the server's engine cannot drift apart unnoticed. gongwen-packages.json holds the 公文
/// packages (styles and direct formatting) the taskpane applies. Checked in rather than fetched by the unit tests so
/// that they run without a server, in a second; this test keeps them current.
/// </summary>
public class StyleLabelsFixtureTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    private const string UpdateCommand = "UPDATE_STYLE_LABELS=1 dotnet test --filter StyleLabelsFixture";

    private static readonly string FixturesPath = Path.Combine(RepositoryRoot(), "taskpane", "test", "unit", "fixtures");

    // A fixed seed: the packages' list ids are drawn at random, and the fixture must not change from run to run.
    private const int Seed = 11;

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task The_checked_in_labels_are_what_the_renderer_gives_for_every_built_in_style()
    {
        var client = factory.CreateClient();
        var nodes = Outline();
        var styles = new JsonArray();
        foreach (var style in BuiltInStyles.All)
        {
            var catalog = await client.GetFromJsonAsync<JsonObject>($"/api/numbering-styles/{style.Id}");
            var response = await client.PostAsJsonAsync("/api/outlines/render", new { nodes, styleId = style.Id });
            response.EnsureSuccessStatusCode();
            var rendered = await response.Content.ReadFromJsonAsync<JsonObject>();
            styles.Add(new JsonObject
            {
                ["styleId"] = style.Id,
                ["levels"] = catalog!["levels"]!.DeepClone(),
                ["lines"] = rendered!["lines"]!.DeepClone(),
                ["ooxml"] = Stable(WordPackages.FlatOpc(new WordOutline(nodes, style.Levels, false, ListNumbering.List, Typography.None), new Random(Seed))),
            });
        }
        await AssertCheckedIn("style-labels.json", new JsonObject { ["nodes"] = JsonSerializer.SerializeToNode(nodes, JsonSerializerOptions.Web), ["styles"] = styles });

        var gongwen = new WordOutline(nodes.Take(2).ToList(), BuiltInStyles.Gongwen.Levels, false, ListNumbering.Text, new Typography(TypographyPreset.Gongwen, BoldLevel3: true));
        await AssertCheckedIn("gongwen-packages.json", new JsonObject
        {
            ["styles"] = Stable(WordPackages.FlatOpc(gongwen, new Random(Seed))),
            ["direct"] = Stable(WordPackages.FlatOpc(gongwen with { Typography = gongwen.Typography with { Application = TypographyApplication.Direct } }, new Random(Seed))),
        });
    }

    /// <summary>
    /// The package with its relationship ids numbered in order (rId1, rId2 …): the Open XML SDK draws them at random
    /// (R followed by 16 hex digits), and the fixture must not change from run to run. Nothing in the body refers to them.
    /// </summary>
    private static string Stable(string package)
    {
        var ids = Regex.Matches(package, "Id=\"(R[0-9a-f]{16})\"").Select(match => match.Groups[1].Value).Distinct().ToList();
        for (var i = 0; i < ids.Count; i++) package = package.Replace(ids[i], $"rId{i + 1}", StringComparison.Ordinal);
        return package;
    }

    private static async Task AssertCheckedIn(string fileName, JsonObject fixture)
    {
        var path = Path.Combine(FixturesPath, fileName);
        var generated = fixture.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_STYLE_LABELS") == "1")
        {
            Directory.CreateDirectory(FixturesPath);
            await File.WriteAllTextAsync(path, generated);
        }
        var checkedIn = File.Exists(path) ? (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") : "";
        Assert.True(checkedIn == generated, $"{path} is not what the server gives now. Rewrite it with `{UpdateCommand}`.");
    }

    /// <summary>
    /// One outline that meets what Word's list numbering must get right: past ten at levels 1 and 2 (十一、, （十二）),
    /// every level down to the ninth, a restart under a new parent, and a level that counts on across parents (法规's 条).
    /// </summary>
    private static IReadOnlyList<OutlineNode> Outline()
    {
        var count = 0;
        OutlineNode Leaf() => new($"条目{++count}", []);
        // A heading at `depth` with a child at every level below it, and from level 4 on a second child beside it.
        OutlineNode Chain(int depth) => depth == NumberingStyle.MaxLevels ? Leaf() : new OutlineNode($"条目{++count}", [Chain(depth + 1), .. depth >= 3 ? new[] { Leaf() } : []]);

        var first = new OutlineNode($"条目{++count}", [Chain(2), .. Enumerable.Range(0, 10).Select(_ => Leaf()), new OutlineNode($"条目{++count}", [Leaf(), Leaf()])]);
        var second = new OutlineNode($"条目{++count}", [new OutlineNode($"条目{++count}", [Leaf(), Leaf()]), Leaf()]);
        return [first, second, .. Enumerable.Range(0, 9).Select(_ => Leaf())];
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OutlineAddin.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No OutlineAddin.sln above {AppContext.BaseDirectory}.");
    }
}
