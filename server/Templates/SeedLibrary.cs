using System.Reflection;
using OutlineAddin.Outlines;

namespace OutlineAddin.Templates;

/// <summary>
/// The built-in template library: the 15 outlines the product was created from, kept verbatim as data
/// (Seed/seed-outlines.txt) and read with the product's own parser, named and filed by Seed/catalogue.tsv.
/// </summary>
public static class SeedLibrary
{
    /// <summary>
    /// The library's revision. Raise it by one with any change to what the built-ins store (the seed text, the catalogue,
    /// or how they are parsed and serialised), and record the new fingerprint in the test that checks it
    /// (SeedLibraryRevisionTests): a database holding a newer revision keeps it, so a change without a new revision
    /// would reach no database that a release has already seeded, and two releases with one revision would rewrite
    /// each other's built-ins at every restart.
    /// </summary>
    public const int Revision = 1;

    /// <summary>This release's built-in library.</summary>
    public static BuiltInLibrary Current() => new(Revision, Load());

    public static IReadOnlyList<TemplateDraft> Load()
    {
        var outlines = SplitOutlines(ReadResource("seed-outlines.txt"));
        var catalogue = ReadResource("catalogue.tsv")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(fields => int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture), fields => (Category: fields[1], Name: fields[2]));

        return outlines.Select(outline =>
        {
            var entry = catalogue[outline.Number];
            var parsed = OutlineParser.Parse(outline.Text);
            if (!parsed.Succeeded) throw new InvalidOperationException($"Seed outline {outline.Number} does not parse: {parsed.Error}");
            return TemplateDraft.FromParse($"builtin-{outline.Number:00}", entry.Name, entry.Category, parsed, sortOrder: outline.Number);
        }).ToList();
    }

    /// <summary>
    /// Cuts the seed text at its numbering lines (<c>1.</c> … <c>15.</c>). An outline ends at the first
    /// blank line, so the section titles between outlines (二季度工作筹划) stay out of them.
    /// </summary>
    public static IReadOnlyList<(int Number, string Text)> SplitOutlines(string seedText)
    {
        var outlines = new List<(int Number, string Text)>();
        int? number = null;
        var lines = new List<string>();
        var ended = false;
        foreach (var raw in seedText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 1 && line.EndsWith('.') && int.TryParse(line[..^1], out var next))
            {
                Flush();
                (number, ended) = (next, false);
                continue;
            }
            if (line.Length == 0) ended = number is not null;
            else if (number is not null && !ended) lines.Add(line);
        }
        Flush();
        return outlines;

        void Flush()
        {
            if (number is int n) outlines.Add((n, string.Join('\n', lines)));
            lines.Clear();
        }
    }

    private static string ReadResource(string fileName)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream($"OutlineAddin.Templates.Seed.{fileName}")
            ?? throw new InvalidOperationException($"Missing embedded seed file {fileName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
