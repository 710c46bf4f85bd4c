using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>
/// Reads lines as an outline or as a document: finds each line's marker, decides which lines are
/// outline items and at what level, detects the convention and lists the numbering problems.
/// The parser and the renumberer are both built on it. Never throws on user text.
/// </summary>
public sealed record OutlineAnalysis(
    IReadOnlyList<AnalyzedLine> Lines,
    DetectedConvention Convention,
    IReadOnlyList<OutlineProblem> Problems,
    bool TooDeep)
{
    public static OutlineAnalysis Analyze(IReadOnlyList<SourceParagraph> paragraphs, ReadingMode mode)
    {
        var markers = new Marker?[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++) markers[i] = MarkerRecognizer.Recognize(paragraphs[i].Text ?? "");
        KeepBareNumeralsThatRunInSequence(markers);
        KeepRangeLookAlikesThatContinueTheSequence(markers);
        ReadSingleLettersAsRomanWhereTheyContinueRomans(markers);

        var lines = new AnalyzedLine[paragraphs.Count];
        var assigner = new LevelAssigner();
        var tooDeep = false;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text ?? "";
            var marker = markers[i];
            var headingLevel = paragraphs[i].OutlineLevel is >= 1 and <= NumberingStyle.MaxLevels ? paragraphs[i].OutlineLevel : null;
            var isItem = mode == ReadingMode.Outline
                ? !string.IsNullOrWhiteSpace(text)
                : marker is not null || headingLevel is not null;
            if (!isItem)
            {
                lines[i] = new AnalyzedLine(i, text, marker, null);
                continue;
            }
            var kind = marker?.Kind ?? MarkerKind.Unnumbered;
            int level;
            if (mode == ReadingMode.Document && headingLevel is int outlineLevel)
            {
                level = outlineLevel;
                assigner.Place(kind, level);
            }
            else
            {
                level = assigner.Next(kind);
            }
            if (level > NumberingStyle.MaxLevels)
            {
                tooDeep = true;
                level = NumberingStyle.MaxLevels;
                assigner.Place(kind, level);
            }
            lines[i] = new AnalyzedLine(i, text, marker, level);
        }

        var convention = DetectedConvention.From(lines);
        return new OutlineAnalysis(lines, convention, NumberingProblems.Find(lines, convention), tooDeep);
    }

    // 一抓好…, 二继续… are points only as a run 一, 二, 三… at one level; a lone 一季度… never is.
    private static void KeepBareNumeralsThatRunInSequence(Marker?[] markers)
    {
        var run = new List<int>();
        void EndRun()
        {
            if (run.Count < 2)
            {
                foreach (var index in run) markers[index] = null;
            }
            run.Clear();
        }

        for (var i = 0; i < markers.Length; i++)
        {
            if (markers[i] is not { Kind.Shape: MarkerShape.Bare, Kind.System: NumeralSystem.Chinese } marker) continue;
            var continues = run.Count > 0 && marker.Value == markers[run[^1]]!.Value + 1;
            if (!continues)
            {
                EndRun();
                if (marker.Value != 1)
                {
                    markers[i] = null;
                    continue;
                }
            }
            run.Add(i);
        }
        EndRun();
    }

    // 一、二季度累计投资… is a range of numerals unless the numbering runs through it: 三、四季度工作打算 after
    // 二、, or 一、二季度工作回顾 followed by 二、.
    private static void KeepRangeLookAlikesThatContinueTheSequence(Marker?[] markers)
    {
        for (var i = 0; i < markers.Length; i++)
        {
            if (markers[i] is not { CouldBeRange: true } marker) continue;
            var previous = Nearest(markers, i, -1, marker.Kind);
            var next = Nearest(markers, i, +1, marker.Kind);
            var continues = previous?.Value == marker.Value - 1 || (marker.Value == 1 && previous is null && next?.Value == 2);
            if (!continues) markers[i] = null;
        }
    }

    private static Marker? Nearest(Marker?[] markers, int from, int step, MarkerKind kind)
    {
        for (var i = from + step; i >= 0 && i < markers.Length; i += step)
        {
            if (markers[i] is { } marker && marker.Kind == kind) return marker;
        }
        return null;
    }

    // "I." opens a Roman list; "V." after "IV." is five, but "C." after "B." is a letter.
    private static void ReadSingleLettersAsRomanWhereTheyContinueRomans(Marker?[] markers)
    {
        var lastValue = new Dictionary<NumeralSystem, int>();
        for (var i = 0; i < markers.Length; i++)
        {
            if (markers[i] is not { } marker) continue;
            if (marker.RomanAlternative > 0)
            {
                var isUpper = marker.Kind.System == NumeralSystem.UpperLetter;
                var romanSystem = isUpper ? NumeralSystem.UpperRoman : NumeralSystem.LowerRoman;
                var continuesRoman = lastValue.GetValueOrDefault(romanSystem) == marker.RomanAlternative - 1;
                var continuesLetters = lastValue.GetValueOrDefault(marker.Kind.System) == marker.Value - 1;
                var isLetterAfterH = marker.RomanAlternative == 1 && continuesLetters;
                if (continuesRoman && !isLetterAfterH)
                {
                    marker = marker with
                    {
                        Kind = marker.Kind with { System = romanSystem },
                        Value = marker.RomanAlternative,
                        NumFmt = isUpper ? NumFmt.UpperRoman : NumFmt.LowerRoman,
                        RomanAlternative = 0,
                    };
                    markers[i] = marker;
                }
            }
            lastValue[marker.Kind.System] = marker.Value;
        }
    }
}
