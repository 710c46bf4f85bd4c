using Microsoft.AspNetCore.Http;
using OutlineAddin.Templates;

namespace OutlineAddin.Tests.Templates;

public class TemplateETagsTests
{
    [Theory]
    [InlineData("t-1", 3)]
    [InlineData("draft-v2", 7)] // an id that itself looks like a tag
    public void Reads_back_the_version_of_the_tag_it_writes(string id, int version) =>
        Assert.Equal([version], AcceptedVersions(id, TemplateETags.Of(id, version)));

    [Fact]
    public void An_If_Match_names_the_versions_of_this_template_only_and_never_with_a_weak_tag() =>
        Assert.Equal([2], AcceptedVersions("t-1", $"{TemplateETags.Of("t-1", 2)}, W/{TemplateETags.Of("t-1", 3)}, {TemplateETags.Of("t-2", 4)}"));

    [Theory]
    [InlineData("\"t-1-v\"")]
    [InlineData("\"t-1-v99999999999\"")]
    [InlineData("\"t-1-v-1\"")]
    [InlineData("not a tag")]
    public void A_tag_that_names_no_version_accepts_none(string ifMatch) =>
        Assert.Empty(AcceptedVersions("t-1", ifMatch)!);

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    public void No_If_Match_or_a_star_accepts_any_version(string? ifMatch) =>
        Assert.Null(AcceptedVersions("t-1", ifMatch));

    private static IReadOnlySet<int>? AcceptedVersions(string id, string? ifMatch)
    {
        var http = new DefaultHttpContext();
        if (ifMatch is not null) http.Request.Headers.IfMatch = ifMatch;
        return TemplateETags.AcceptedVersions(http.Request, id);
    }
}
