namespace OutlineAddin.Tests.Corpus;

/// <summary>
/// One excerpt of a real public document, with what the engine must make of it, written by hand
/// (format: <c>Corpus/README.md</c>).
/// </summary>
internal sealed record CorpusDocument(
    string Name,
    string Source,
    string Title,
    string Genre,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Text,
    IReadOnlyList<int?> Levels,
    string Import,
    IReadOnlyList<int> KeptOut,
    IReadOnlyList<string> Repair,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Styles)
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Corpus", "Texts");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static CorpusDocument Load(string name)
    {
        var lines = File.ReadAllText(Path.Combine(Folder, name + ".txt")).Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        var header = new List<(string Key, string Value)>();
        var sections = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("== ", StringComparison.Ordinal))
            {
                sections[line[3..].Trim()] = current = [];
            }
            else if (current is not null)
            {
                current.Add(line);
            }
            else if (line.Length > 0)
            {
                var colon = line.IndexOf(':');
                header.Add((line[..colon], line[(colon + 1)..].Trim()));
            }
        }
        string One(string key) => header.Single(entry => entry.Key == key).Value;

        var text = sections["text"];
        // Blank lines between sections are for the eye; the text section keeps its own blank lines.
        var import = sections["import"].Where(line => line.Length > 0).ToList();
        var keptOut = new List<int>();
        if (import.Count > 0 && import[^1].StartsWith("kept out:", StringComparison.Ordinal))
        {
            keptOut.AddRange(import[^1]["kept out:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse));
            import.RemoveAt(import.Count - 1);
        }
        var styles = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (section, content) in sections)
        {
            if (section is "text" or "levels" or "import" or "repair") continue;
            var markers = string.Join(" ", content).Trim();
            styles[section] = markers.Length == 0 ? [] : markers.Split(" | ").Select(marker => marker.Trim()).ToList();
        }
        return new CorpusDocument(
            name, One("source"), One("title"), One("genre"),
            header.Where(entry => entry.Key == "note").Select(entry => entry.Value).ToList(),
            text,
            sections["levels"].Take(text.Count).Select(level => level.Trim() == "-" ? (int?)null : int.Parse(level)).ToList(),
            string.Join('\n', import),
            keptOut,
            sections["repair"].Take(text.Count).ToList(),
            styles);
    }
}
