using DocumentFormat.OpenXml.Wordprocessing;
using OutlineAddin.Outlines.Fields;

namespace OutlineAddin.WordDocuments;

/// <summary>
/// A heading's text as Word runs, with each fill-in field left in it (<c>{单位}</c>: no value was given) a run of its
/// own, highlighted yellow, so that the writer finds it in the document (Home › Find › Reading Highlight, or by eye).
/// </summary>
public static class FieldRuns
{
    /// <param name="properties">The heading's run properties, made anew for each run (an element has one parent); null for none.</param>
    public static IReadOnlyList<Run> Build(string text, Func<RunProperties?> properties)
    {
        var runs = new List<Run>();
        var at = 0;
        foreach (var field in FieldSyntax.Pattern().EnumerateMatches(text))
        {
            if (field.Index > at) runs.Add(HeadingRun.Build(text[at..field.Index], properties()));
            runs.Add(HeadingRun.Build(text.Substring(field.Index, field.Length), Highlighted(properties())));
            at = field.Index + field.Length;
        }
        // An empty heading keeps its one (empty) run, as before fields.
        if (at < text.Length || runs.Count == 0) runs.Add(HeadingRun.Build(text[at..], properties()));
        return runs;
    }

    // w:highlight comes after w:sz and w:szCs in w:rPr (ECMA-376 §17.3.2.28): the last of what a heading's properties hold.
    private static RunProperties Highlighted(RunProperties? properties)
    {
        var highlighted = properties ?? new RunProperties();
        highlighted.Append(new Highlight { Val = HighlightColorValues.Yellow });
        return highlighted;
    }
}
