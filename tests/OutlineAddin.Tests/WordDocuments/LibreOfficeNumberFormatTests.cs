using System.Text;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>
/// Every number format a level can have, drawn by LibreOffice as a Word list past the values outlines usually reach
/// (十一, 二十一, 一百零一, 一千零一十, ⑳ ㉑): the labels must be the markers the text-mode renderer writes, so that
/// switching between the two numbering modes changes no heading's number.
/// </summary>
/// <remarks>
/// Left out, because LibreOffice cannot stand in for Word there: letters past ZZZ (78), which LibreOffice keeps
/// repeating (99 is UUUU) where the engine writes digits, and Roman numerals past 3999 (LibreOffice writes nine Ms).
/// LibreOffice also reads chineseCountingThousand as chineseCounting (writerfilter's ConversionHelper maps both to
/// NUMBER_LOWER_ZH), so it cannot show how Word draws chineseCounting at 100 and above (一○○, per
/// shared/reference/numbering-conventions.md): only Word can.
/// </remarks>
[Collection(LibreOfficeTests.Name)]
public class LibreOfficeNumberFormatTests(LibreOffice libreOffice)
{
    private static readonly (int Start, int Count)[] Runs = [(1, 12), (19, 3), (99, 3), (109, 2), (999, 3), (1009, 2), (9999, 1)];

    private static IEnumerable<(int Start, int Count)> RunsOf(NumFmt format) => format switch
    {
        NumFmt.UpperLetter or NumFmt.LowerLetter => [(1, 12), (19, 3), (76, 3)],
        NumFmt.UpperRoman or NumFmt.LowerRoman => [.. Runs.Where(run => run.Start + run.Count - 1 <= 3999), (3999, 1)],
        _ => Runs,
    };

    public static TheoryData<NumFmt, int, int> FormatsAndRuns()
    {
        var rows = new TheoryData<NumFmt, int, int>();
        foreach (var format in Enum.GetValues<NumFmt>().Where(format => format != NumFmt.None))
        {
            foreach (var (start, count) in RunsOf(format)) rows.Add(format, start, count);
        }
        return rows;
    }

    [LibreOfficeTheory]
    [MemberData(nameof(FormatsAndRuns))]
    public async Task LibreOffice_draws_a_list_level_s_labels_as_the_text_mode_markers(NumFmt format, int start, int count)
    {
        var converted = await Batch.OfAsync(libreOffice);
        var (levels, nodes) = Document(format, start, count);
        var expected = OutlineRenderer.Render(nodes, levels, asAuthored: true).Select(line => line.Text);
        // LibreOffice's text export writes a space after every label, whatever the level's suffix (sw/source/filter/ascii/ascatr.cxx).
        var drawn = (await File.ReadAllTextAsync(converted[(format, start)], Encoding.UTF8)).Split('\n')
            .Select(line => line.Replace("、 ", "、", StringComparison.Ordinal).Trim()).Where(line => line.Length > 0);
        Assert.Equal(expected, drawn);
    }

    private static (LevelFormat[] Levels, List<OutlineNode> Nodes) Document(NumFmt format, int start, int count) =>
        ([new LevelFormat(format, "%1、", Start: start)], Enumerable.Range(0, count).Select(_ => new OutlineNode("项", [])).ToList());

    private static class Batch
    {
        private static Task<Dictionary<(NumFmt, int), string>>? made;

        // The collection runs its tests one at a time, so the batch is made once, by the first test that needs it.
        public static Task<Dictionary<(NumFmt, int), string>> OfAsync(LibreOffice libreOffice) => made ??= MakeAsync(libreOffice);

        private static async Task<Dictionary<(NumFmt, int), string>> MakeAsync(LibreOffice libreOffice)
        {
            var rows = FormatsAndRuns().Select(row => ((NumFmt)row[0], (int)row[1], (int)row[2])).ToList();
            var folder = libreOffice.Save(rows.Select(row =>
            {
                var (levels, nodes) = Document(row.Item1, row.Item2, row.Item3);
                return (FileName(row.Item1, row.Item2), WordPackages.Docx(new WordOutline(nodes, levels, AsAuthored: true, ListNumbering.List, new Typography(TypographyPreset.None))));
            }));
            var text = await libreOffice.ConvertAsync(rows.Select(row => Path.Combine(folder, FileName(row.Item1, row.Item2))).ToList(), LibreOffice.Text);
            return rows.ToDictionary(row => (row.Item1, row.Item2), row => text[Path.Combine(folder, FileName(row.Item1, row.Item2))]);
        }

        private static string FileName(NumFmt format, int start) => $"{format}-{start}.docx".ToLowerInvariant();
    }
}
