using System.Globalization;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Outlines.Merge;
using OutlineAddin.Templates;

namespace OutlineAddin.Tests.Outlines.Merge;

/// <summary>
/// No word is ever lost: the built-in library's outlines, inserted with the user's paragraphs (and headings) under random headings,
/// then updated to versions made by random edits (reorder, rename, insert, delete, split, move).
/// </summary>
public class OutlineMergePropertyTests
{
    private const int Runs = 200;

    private static readonly IReadOnlyList<TemplateDraft> Library = SeedLibrary.Load();

    [Fact]
    public void Every_body_paragraph_survives_once_unchanged_and_in_order_and_every_new_heading_appears_once()
    {
        for (var seed = 1; seed <= Runs; seed++)
        {
            var random = new Random(seed);
            var template = Library[random.Next(Library.Count)];
            var from = template.Nodes;
            var edits = new List<string>();
            var to = Edited(from, random, edits);
            var (paragraphs, sectionOf) = Written(from, template.Levels, random);
            var style = random.Next(3) == 0 ? BuiltInStyles.All[random.Next(BuiltInStyles.All.Count)] : null;

            var result = OutlineMerge.Merge(from, to, paragraphs, style);

            var failure = Violation(to, paragraphs, sectionOf, result);
            Assert.True(failure is null, $"""
                seed {seed} ({template.Name}; edits: {string.Join("; ", edits)}; style {style?.Id ?? "detected"}): {failure}
                to:
                {OutlineTreeText.Write(to)}
                answer:
                {MergeText.Describe(result.Paragraphs)}
                """);
        }
    }

    // The first broken promise, or null.
    private static string? Violation(IReadOnlyList<OutlineNode> to, IReadOnlyList<SourceParagraph> paragraphs, IReadOnlyList<int> sectionOf, MergeResult result)
    {
        var body = Enumerable.Range(0, paragraphs.Count).Where(i => paragraphs[i].OutlineLevel is null).ToList();
        var answered = result.Paragraphs.Where(paragraph => paragraph.Level is null).ToList();
        foreach (var paragraph in answered)
        {
            if (paragraph.Source is not int source) return $"a body paragraph without its source: {paragraph.Text}";
            if (paragraph.Text != paragraphs[source].Text) return $"paragraph {source} changed: {paragraphs[source].Text} → {paragraph.Text}";
        }
        var sources = answered.Select(paragraph => paragraph.Source!.Value).ToList();
        if (sources.Order().SequenceEqual(body) is false) return $"body paragraphs lost or repeated: {string.Join(",", body.Except(sources))} / {string.Join(",", sources.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key))}";
        foreach (var section in sources.GroupBy(source => sectionOf[source]))
        {
            if (!section.SequenceEqual(section.Order())) return $"the paragraphs of the section at {section.Key} are out of order: {string.Join(",", section)}";
        }

        var users = Enumerable.Range(0, paragraphs.Count).Where(i => paragraphs[i].OutlineLevel is not null && sectionOf[i] != i).ToHashSet();
        var usersAnswered = result.Paragraphs.Where(paragraph => paragraph.Source is int source && users.Contains(source)).ToList();
        if (usersAnswered.Count != users.Count || usersAnswered.Any(paragraph => paragraph.Text != paragraphs[paragraph.Source!.Value].Text))
        {
            return "a heading the user added is lost, repeated or changed";
        }
        var newHeadings = OutlineNode.Walk(to).ToList();
        var headings = result.Paragraphs.Where(paragraph => paragraph.Level is not null && paragraph.Origin != MergeOrigin.RemovedKept
            && !(paragraph.Source is int source && users.Contains(source))).ToList();
        if (headings.Count != newHeadings.Count) return $"{headings.Count} headings for the new version's {newHeadings.Count}";
        for (var i = 0; i < headings.Count; i++)
        {
            var (node, depth) = newHeadings[i];
            if (headings[i].Level != depth || !headings[i].Text.EndsWith(node.Title, StringComparison.Ordinal))
            {
                return $"heading {i} is {headings[i].Level} {headings[i].Text}, not {depth} {node.Title}";
            }
        }
        var documentHeadings = Enumerable.Range(0, paragraphs.Count).Where(i => paragraphs[i].OutlineLevel is not null);
        var accounted = result.Paragraphs.Where(paragraph => paragraph.Level is not null && paragraph.Source is not null).Select(paragraph => paragraph.Source!.Value)
            .Concat(result.Removed.Select(heading => heading.Source)).Order();
        if (!accounted.SequenceEqual(documentHeadings)) return "a heading of the document is neither in the answer nor removed, or is in both";
        return null;
    }

    // The outline as inserted (every heading numbered as the template is written), with the user's paragraphs (and a few
    // headings of their own) under random headings and sometimes before the first; for each paragraph, the template
    // heading it sits under (-1 before the first; a template heading is its own).
    private static (List<SourceParagraph> Paragraphs, List<int> SectionOf) Written(IReadOnlyList<OutlineNode> from, IReadOnlyList<LevelFormat> levels, Random random)
    {
        var (paragraphs, sectionOf) = (new List<SourceParagraph>(), new List<int>());
        var section = -1;
        void WriteBody()
        {
            var count = random.Next(3) == 0 ? random.Next(1, 4) : 0;
            for (var k = 0; k < count; k++)
            {
                // Now and then a heading of the user's own, which travels with the section like the body.
                paragraphs.Add(random.Next(8) == 0
                    ? new SourceParagraph($"（{paragraphs.Count}）我们自己加的小标题", random.Next(1, 4))
                    : new SourceParagraph($"第{paragraphs.Count}段：用户写的正文{(random.Next(2) == 0 ? "。" : "  ")}"));
                sectionOf.Add(section);
            }
        }
        WriteBody();
        foreach (var line in OutlineRenderer.Render(from, levels, asAuthored: true))
        {
            section = paragraphs.Count;
            paragraphs.Add(new SourceParagraph(line.Text, line.Level));
            sectionOf.Add(section);
            WriteBody();
        }
        return (paragraphs, sectionOf);
    }

    private sealed class Heading(string title, IEnumerable<Heading> children)
    {
        public string Title { get; set; } = title;
        public List<Heading> Children { get; } = [.. children];

        public static Heading Of(OutlineNode node) => new(node.Title, node.Children.Select(Of));

        public OutlineNode ToNode() => new(Title, Children.Select(child => child.ToNode()).ToList());
    }

    // The template's next version: one to six random edits.
    private static List<OutlineNode> Edited(IReadOnlyList<OutlineNode> from, Random random, List<string> edits)
    {
        var root = new Heading("", from.Select(Heading.Of));
        var edits_ = random.Next(1, 7);
        for (var e = 0; e < edits_; e++)
        {
            var all = Walk(root, 0).ToList();
            var (parent, depth) = all[random.Next(all.Count)];
            if (parent.Children.Count == 0 && random.Next(2) == 0) (parent, depth) = (root, 0);
            var at = parent.Children.Count == 0 ? -1 : random.Next(parent.Children.Count);
            var number = e.ToString(CultureInfo.InvariantCulture);
            switch (random.Next(6))
            {
                case 0 when parent.Children.Count > 1:
                    parent.Children.Reverse(0, at + 1);
                    edits.Add($"reorder under {parent.Title}");
                    break;
                case 1 when at >= 0:
                    var renamed = parent.Children[at];
                    renamed.Title = random.Next(2) == 0 ? renamed.Title + "和新要求" : "全新标题" + number;
                    edits.Add($"rename to {renamed.Title}");
                    break;
                case 2 when depth < NumberingStyle.MaxLevels:
                    parent.Children.Insert(Math.Max(at, 0), new Heading("新增标题" + number, []));
                    edits.Add($"insert under {parent.Title}");
                    break;
                case 3 when at >= 0:
                    var deleted = parent.Children[at];
                    parent.Children.RemoveAt(at);
                    // Half the time its children stay, lifted to its place.
                    if (random.Next(2) == 0) parent.Children.InsertRange(at, deleted.Children);
                    edits.Add($"delete {deleted.Title}");
                    break;
                case 4 when at >= 0:
                    var split = parent.Children[at];
                    parent.Children.Insert(at + 1, new Heading(split.Title + "（续）", []));
                    edits.Add($"split {split.Title}");
                    break;
                case 5 when at >= 0:
                    var moved = parent.Children[at];
                    var targets = Walk(root, 0).Where(target => target.Depth + HeightOf(moved) <= NumberingStyle.MaxLevels && !Walk(moved, 0).Any(inside => inside.Node == target.Node)).ToList();
                    var (target, _) = targets[random.Next(targets.Count)];
                    parent.Children.RemoveAt(at);
                    target.Children.Insert(random.Next(target.Children.Count + 1), moved);
                    edits.Add($"move {moved.Title} under {target.Title}");
                    break;
            }
        }
        return root.Children.Select(child => child.ToNode()).ToList();
    }

    private static IEnumerable<(Heading Node, int Depth)> Walk(Heading heading, int depth) =>
        new[] { (heading, depth) }.Concat(heading.Children.SelectMany(child => Walk(child, depth + 1)));

    private static int HeightOf(Heading heading) => 1 + (heading.Children.Count == 0 ? 0 : heading.Children.Max(HeightOf));
}
