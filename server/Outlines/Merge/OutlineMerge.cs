using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines.Merge;

/// <summary>
/// Updates an outline inserted from one version of a template to another without losing a word the user wrote: a pure
/// function of the two versions and the document's paragraphs. Never throws on user text.
/// <list type="number">
/// <item>The document's headings are found (<see cref="DocumentHeadings"/>) and told apart as the old version's or the
/// user's own (<see cref="DocumentAlignment"/>); the document is cut into sections at the old version's headings, each
/// with the user's paragraphs under it (<see cref="DocumentSections"/>).</item>
/// <item>The old version's headings are matched to the new version's (<see cref="VersionMatching"/>).</item>
/// <item>The answer follows the new version's order: each of its headings, numbered in the style, then the user's
/// paragraphs of its section in their order. A heading the template did not change keeps the title the user gave it in
/// the document; one it renamed takes the new title, with the field values read from the document filled in
/// (<see cref="CapturedFields"/>). A removed heading with the user's text under it is kept after the section before it
/// (<see cref="MergeOrigin.RemovedKept"/>); one merged into a sibling has its text moved under that sibling; an empty
/// one is dropped and listed, any blank paragraphs under it kept.</item>
/// </list>
/// </summary>
public static class OutlineMerge
{
    /// <param name="from">The version the outline was inserted from.</param>
    /// <param name="to">The version to update it to.</param>
    /// <param name="paragraphs">The inserted outline as it stands: headings with their outline level, the user's body paragraphs without.</param>
    /// <param name="style">The style to number the headings in; null for the one the document's headings are written in.</param>
    public static MergeResult Merge(IReadOnlyList<OutlineNode> from, IReadOnlyList<OutlineNode> to, IReadOnlyList<SourceParagraph> paragraphs, NumberingStyle? style)
    {
        var document = DocumentHeadings.Read(paragraphs);
        var (oldVersion, newVersion) = (FlatOutline.Of(from), FlatOutline.Of(to));
        var fields = new CapturedFields();
        var (fromOfHeading, _) = DocumentAlignment.Align(document.Headings, oldVersion, fields);
        var sections = DocumentSections.Cut(paragraphs.Count, document.Headings, fromOfHeading);
        var sectionOf = sections.Sections.ToDictionary(section => section.From);
        var match = VersionMatching.Match(oldVersion, newVersion);

        DocumentSection? SectionOfNew(int t) => match.FromOfTo[t] is var f and >= 0 ? sectionOf.GetValueOrDefault(f) : null;
        var inPlace = HeadingPlaces.InPlace(oldVersion, newVersion, match.FromOfTo, t => SectionOfNew(t) is not null);
        var titles = new string[newVersion.Count];
        for (var t = 0; t < newVersion.Count; t++)
        {
            var title = newVersion.Nodes[t].Title;
            var unchanged = SectionOfNew(t) is not null && string.Equals(oldVersion.Nodes[match.FromOfTo[t]].Title, title, StringComparison.Ordinal);
            titles[t] = unchanged ? SectionOfNew(t)!.Heading.Title : fields.Fill(title);
        }
        var lines = OutlineRenderer.Render(Retitled(to, titles), style?.Levels ?? document.DetectedLevels, asAuthored: style is null);

        // What the removed headings leave: text moved under the heading a removed one was merged into; text kept after the
        // nearest earlier surviving section (-1: after the preamble), directly under it where the removed heading was
        // below it, else after everything under it, so that it takes none of the survivor's children; and the headings dropped.
        var movedUnder = new Dictionary<int, List<MergedParagraph>>();
        var keptUnder = new Dictionary<int, List<MergedParagraph>>();
        var keptAfter = new Dictionary<int, List<MergedParagraph>>();
        var removed = new List<RemovedHeading>();
        var (survivor, survivorLevel) = (-1, int.MaxValue);
        foreach (var section in sections.Sections)
        {
            var heading = section.Heading;
            if (match.ToOfFrom[section.From] is var t and >= 0)
            {
                (survivor, survivorLevel) = (t, heading.Level);
                continue;
            }
            var into = match.AbsorbedInto[section.From];
            var holdsText = section.HoldsText(paragraphs);
            if (!holdsText || into >= 0)
            {
                removed.Add(new RemovedHeading(paragraphs[heading.Paragraph].Text ?? "", heading.Level, heading.Paragraph));
            }
            // A dropped heading's blank paragraphs are not dropped with it: one may hold only a picture (no text), and
            // the Word module deletes no body paragraph. They go where its text would have gone.
            if (into >= 0)
            {
                ListOf(movedUnder, into).AddRange(Content(paragraphs, section, MergeOrigin.Moved, newVersion.Depths[into] - heading.Level));
                continue;
            }
            var kept = ListOf(heading.Level > survivorLevel ? keptUnder : keptAfter, survivor);
            if (holdsText) kept.Add(new MergedParagraph(paragraphs[heading.Paragraph].Text ?? "", heading.Level, MergeOrigin.RemovedKept, heading.Paragraph));
            kept.AddRange(Content(paragraphs, section, holdsText ? MergeOrigin.RemovedKept : MergeOrigin.Moved, 0));
        }

        var merged = new List<MergedParagraph>(paragraphs.Count + newVersion.Count);
        merged.AddRange(sections.Preamble.Select(i => new MergedParagraph(paragraphs[i].Text ?? "", paragraphs[i].OutlineLevel, MergeOrigin.Kept, i)));
        merged.AddRange(keptAfter.GetValueOrDefault(-1) ?? []);
        var lastUnder = LastUnder(newVersion);
        var open = new Stack<int>();
        for (var t = 0; t < newVersion.Count; t++)
        {
            var section = SectionOfNew(t);
            var origin = section is null ? MergeOrigin.New : inPlace[t] ? MergeOrigin.Kept : MergeOrigin.Moved;
            merged.Add(new MergedParagraph(lines[t].Text, lines[t].Level, origin, section?.Heading.Paragraph));
            if (section is not null) merged.AddRange(Content(paragraphs, section, origin, newVersion.Depths[t] - section.Heading.Level));
            merged.AddRange(movedUnder.GetValueOrDefault(t) ?? []);
            merged.AddRange(keptUnder.GetValueOrDefault(t) ?? []);
            open.Push(t);
            // The headings whose last descendant this is, innermost first.
            while (open.Count > 0 && lastUnder[open.Peek()] == t) merged.AddRange(keptAfter.GetValueOrDefault(open.Pop()) ?? []);
        }
        return new MergeResult(merged, removed);
    }

    // For each heading, the last heading under it in reading order (itself when it has none).
    private static int[] LastUnder(FlatOutline outline)
    {
        var last = Enumerable.Range(0, outline.Count).ToArray();
        for (var t = outline.Count - 1; t >= 0; t--)
        {
            if (outline.Parents[t] is var parent and >= 0) last[parent] = Math.Max(last[parent], last[t]);
        }
        return last;
    }

    // A section's paragraphs under their heading's origin; a heading the user added moves up or down as many levels as the section's heading did.
    private static IEnumerable<MergedParagraph> Content(IReadOnlyList<SourceParagraph> paragraphs, DocumentSection section, MergeOrigin origin, int levelShift) =>
        section.Content.Select(i => new MergedParagraph(paragraphs[i].Text ?? "",
            paragraphs[i].OutlineLevel is int level ? Math.Clamp(level + levelShift, 1, NumberingStyle.MaxLevels) : null, origin, i));

    private static List<MergedParagraph> ListOf(Dictionary<int, List<MergedParagraph>> lists, int key) =>
        lists.TryGetValue(key, out var list) ? list : lists[key] = [];

    // The new version's tree with the titles the merge settled on, given in reading order.
    private static List<OutlineNode> Retitled(IReadOnlyList<OutlineNode> tree, string[] titles)
    {
        var next = 0;
        List<OutlineNode> Walk(IReadOnlyList<OutlineNode> nodes) => nodes.Select(node => node with { Title = titles[next++], Children = Walk(node.Children) }).ToList();
        return Walk(tree);
    }
}
