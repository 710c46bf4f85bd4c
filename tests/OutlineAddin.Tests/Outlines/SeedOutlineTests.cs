using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Templates;

namespace OutlineAddin.Tests.Outlines;

/// <summary>The 15 outlines the product was created from, read by the parser: the spec fixtures.</summary>
public class SeedOutlineTests
{
    private static readonly IReadOnlyList<(int Number, string Text)> Seeds = SeedLibrary.SplitOutlines(ReadSeed());

    public static TheoryData<int> SeedNumbers() => new(Enumerable.Range(1, 15));

    [Fact]
    public void The_seed_text_holds_fifteen_outlines_without_its_section_titles()
    {
        Assert.Equal(Enumerable.Range(1, 15), Seeds.Select(seed => seed.Number));
        Assert.DoesNotContain(Seeds, seed => seed.Text.Contains("二季度工作筹划", StringComparison.Ordinal));
        Assert.DoesNotContain(Seeds, seed => seed.Text.Contains("本文系作者原创", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SeedNumbers))]
    public void Parses_each_seed_outline_into_its_exact_tree(int number)
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Outlines", "SeedTrees", $"{number:00}.txt")).TrimEnd('\n');
        var result = OutlineParser.Parse(Seed(number));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(expected, OutlineTreeText.Write(result.Nodes));
    }

    public static TheoryData<int, string[]> DetectedLevels() => new()
    {
        { 1, ["%1、", "%2."] },
        // Seed 2 writes (一) with half-width brackets: the style detected is the one it meant, written right.
        { 2, ["", "（%2）"] },
        { 3, ["", "（%2）", "%3是"] },
        { 4, ["", "%2是"] },
        { 5, ["%1是"] },
        { 6, ["", "（%2）"] },
        { 7, ["%1是"] },
        { 8, ["", "%2是"] },
        { 9, ["", "%2是"] },
        { 10, ["%1", "%2."] },
        { 11, ["", "%2是"] },
        { 12, ["", "%2是"] },
        { 13, ["", "%2是"] },
        { 14, ["%1", "%2是"] },
        { 15, ["", "%2是"] },
    };

    [Theory]
    [MemberData(nameof(DetectedLevels))]
    public void Detects_the_style_each_seed_was_written_in(int number, string[] lvlTexts)
    {
        var result = OutlineParser.Parse(Seed(number));
        Assert.Equal(lvlTexts, result.Levels.Select(level => level.LvlText));
    }

    [Theory]
    [MemberData(nameof(SeedNumbers))]
    public void Rendering_a_seed_as_authored_reproduces_its_lines_with_each_marker_written_right(int number)
    {
        var original = Seed(number).Split('\n');
        var result = OutlineParser.Parse(Seed(number));
        var rendered = OutlineRenderer.Render(result.Nodes, result.Levels, asAuthored: true).Select(line => line.Text);
        Assert.Equal(original.Select(WrittenRight), rendered);
        Assert.Equal(number == 2, original.Any(line => WrittenRight(line) != line));
    }

    // (一)内强素质 → （一）内强素质: the 导入 tab's 按原样 shows the outline repaired, not its errors.
    private static string WrittenRight(string line) =>
        MarkerRecognizer.Recognize(line) is { IsCanonical: false } marker
            ? marker.RightForm.Replace("%", NumberFormatter.Format(marker.Value, marker.NumFmt)) + line[marker.End..]
            : line;

    [Fact]
    public void Built_in_templates_are_named_filed_and_given_the_nearest_style()
    {
        var templates = SeedLibrary.Load();
        Assert.Equal(15, templates.Count);
        Assert.All(templates.Take(9), template => Assert.Equal("一季度总结", template.Category));
        Assert.All(templates.Skip(9), template => Assert.Equal("二季度谋划", template.Category));
        Assert.Equal(15, templates.Select(template => template.Name).Distinct().Count());
        Assert.Equal("gongwen-short", templates[0].DefaultStyleId);
        Assert.Equal("yishi", templates[3].DefaultStyleId);
    }

    private static string Seed(int number) => Seeds.Single(seed => seed.Number == number).Text;

    private static string ReadSeed()
    {
        var assembly = typeof(SeedLibrary).Assembly;
        using var stream = assembly.GetManifestResourceStream("OutlineAddin.Templates.Seed.seed-outlines.txt")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
