using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OutlineAddin.Numbering;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>
/// A minimal model of how Word shows a list label (ECMA-376 §17.9): counters per level, restarted by <c>w:lvlRestart</c>
/// (absent: after any shallower level; 0: never; n: after level n or shallower), each <c>%n</c> in level n's format or in
/// decimal under <c>w:isLgl</c>, then the suffix. The numbers themselves are formatted by the engine's
/// <see cref="NumberFormatter"/>, whose formats are tested against Word's on their own.
/// </summary>
public static class WordListLabels
{
    /// <summary>Each paragraph's label with its suffix, or "" for a paragraph outside any list.</summary>
    public static IReadOnlyList<string> Of(WordprocessingDocument package)
    {
        var numbering = package.MainDocumentPart!.NumberingDefinitionsPart?.Numbering;
        var counters = new Dictionary<int, int?[]>();
        var labels = new List<string>();
        foreach (var paragraph in package.MainDocumentPart.Document!.Body!.Elements<Paragraph>())
        {
            var numPr = paragraph.ParagraphProperties?.NumberingProperties;
            var numId = numPr?.NumberingId?.Val?.Value ?? 0;
            if (numId == 0 || numbering is null)
            {
                labels.Add("");
                continue;
            }
            var levels = Levels(numbering, numId);
            var ilvl = numPr!.NumberingLevelReference!.Val!.Value;
            if (!counters.TryGetValue(numId, out var values)) counters[numId] = values = new int?[9];
            values[ilvl] = values[ilvl] is { } current ? current + 1 : levels[ilvl].StartNumberingValue!.Val!.Value;
            for (var deeper = ilvl + 1; deeper < 9; deeper++)
            {
                var restart = levels[deeper].LevelRestart?.Val?.Value;
                if (restart is null || (restart != 0 && ilvl < restart)) values[deeper] = null;
            }
            labels.Add(Label(levels, ilvl, values));
        }
        return labels;
    }

    private static Level[] Levels(DocumentFormat.OpenXml.Wordprocessing.Numbering numbering, int numId)
    {
        var abstractNumId = numbering.Elements<NumberingInstance>().Single(num => num.NumberID?.Value == numId).AbstractNumId!.Val!.Value;
        var definition = numbering.Elements<AbstractNum>().Single(abstractNum => abstractNum.AbstractNumberId?.Value == abstractNumId);
        return [.. definition.Elements<Level>().OrderBy(level => level.LevelIndex!.Value)];
    }

    private static string Label(Level[] levels, int ilvl, int?[] values)
    {
        var level = levels[ilvl];
        var legal = level.IsLegalNumberingStyle is not null;
        var text = level.LevelText!.Val!.Value!;
        var label = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var format = legal ? NumFmt.Decimal : ToNumFmt(levels[referenced].NumberingFormat!.Val!.Value);
                label.Append(NumberFormatter.Format(values[referenced] ?? levels[referenced].StartNumberingValue!.Val!.Value, format));
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }
        var suffix = level.LevelSuffix?.Val?.Value;
        if (suffix == LevelSuffixValues.Space) label.Append(' ');
        else if (suffix != LevelSuffixValues.Nothing) label.Append('\t');
        return label.ToString();
    }

    private static NumFmt ToNumFmt(NumberFormatValues format) =>
        Enum.GetValues<NumFmt>().Single(candidate => OutlineAddin.WordDocuments.ListDefinition.NumberFormatValue(candidate) == format);
}
