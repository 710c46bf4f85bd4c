using DocumentFormat.OpenXml.Wordprocessing;
using OutlineAddin.Numbering;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>Every insertion is a new list: Word merges lists that share an nsid and reuses ids it already holds.</summary>
public class ListIdsTests
{
    [Fact]
    public void Two_packages_share_no_list_ids()
    {
        var outline = WordOutlines.Of(BuiltInStyles.Gongwen, ListNumbering.List, Typography.None);
        var first = Ids(WordPackages.FlatOpc(outline));
        var second = Ids(WordPackages.FlatOpc(outline));
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public void A_seeded_random_gives_the_same_ids_and_a_draw_gives_three_different_ones()
    {
        Assert.Equal(ListIds.Draw(new Random(7)), ListIds.Draw(new Random(7)));
        var ids = ListIds.Draw(new Random(7));
        Assert.NotEqual(ids.AbstractNumId, ids.NumId);
        Assert.Matches("^[0-9A-F]{8}$", ids.Nsid);
    }

    [Fact]
    public void A_thousand_draws_never_repeat_an_id()
    {
        var random = new Random(11);
        var draws = Enumerable.Range(0, 1000).Select(_ => ListIds.Draw(random)).ToList();
        Assert.Equal(draws.Count, draws.Select(ids => ids.NumId).Distinct().Count());
        Assert.Equal(draws.Count, draws.Select(ids => ids.AbstractNumId).Distinct().Count());
        Assert.Equal(draws.Count, draws.Select(ids => ids.Nsid).Distinct().Count());
    }

    private static HashSet<string> Ids(string flatOpc)
    {
        using var package = WordPackageReader.OpenFlatOpc(flatOpc);
        var numbering = package.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var definition = numbering.Elements<AbstractNum>().Single();
        var instance = numbering.Elements<NumberingInstance>().Single();
        return [$"abstractNum {definition.AbstractNumberId}", $"num {instance.NumberID}", $"nsid {definition.Nsid!.Val}"];
    }
}
