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
    IReadOnlyList<RepairedMarker?> Repaired,
    IReadOnlyList<OutlineProblem> Problems,
    IReadOnlyList<int> KeptOut,
    int? TooDeepAt)
{
    /// <summary>True when some item would sit deeper than Word's nine levels (it is put at level nine).</summary>
    public bool TooDeep => TooDeepAt is not null;

    public static OutlineAnalysis Analyze(IReadOnlyList<SourceParagraph> paragraphs, ReadingMode mode)
    {
        var markers = new Marker?[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++) markers[i] = MarkerRecognizer.Recognize(paragraphs[i].Text ?? "");
        KeepBareNumeralsThatRunInSequence(markers);
        KeepLookAlikesThatContinueTheSequence(markers);
        ReadSingleLettersAsRomanWhereTheyContinueRomans(markers);
        IgnoreLatinMarkersOutsideALatinOutline(paragraphs, markers);
        var keptOut = mode == ReadingMode.Outline ? OutlineBody.KeptOut(paragraphs, markers) : [];

        var lines = new AnalyzedLine[paragraphs.Count];
        var assigner = new LevelAssigner();
        int? tooDeepAt = null;
        var keptOutAt = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text ?? "";
            var marker = markers[i];
            var headingLevel = paragraphs[i].OutlineLevel is >= 1 and <= NumberingStyle.MaxLevels ? paragraphs[i].OutlineLevel : null;
            var isKeptOut = keptOutAt < keptOut.Count && keptOut[keptOutAt] == i;
            if (isKeptOut) keptOutAt++;
            var isItem = mode == ReadingMode.Outline
                ? !string.IsNullOrWhiteSpace(text) && !isKeptOut
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
                tooDeepAt ??= i;
                level = NumberingStyle.MaxLevels;
                assigner.Place(kind, level);
            }
            lines[i] = new AnalyzedLine(i, text, marker, level);
        }

        var convention = DetectedConvention.From(lines);
        var repaired = OutlineRepair.Repair(lines, convention);
        // Word draws the number of a list item itself: its text rightly has none.
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].NumberedByWord) repaired[i] = null;
        }
        return new OutlineAnalysis(lines, convention, repaired, NumberingProblems.Find(lines, repaired), keptOut, tooDeepAt);
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
    // 二、, or 一、二季度工作回顾 followed by 二、. A decimal (20.2026年…, 3.5万人) must fit on both sides: 19. before
    // it and 21. (or nothing) after it.
    private static void KeepLookAlikesThatContinueTheSequence(Marker?[] markers)
    {
        for (var i = 0; i < markers.Length; i++)
        {
            if (markers[i] is not { CountsOnlyInSequence: true } marker) continue;
            var previous = Nearest(markers, i, -1, marker.Kind);
            var next = Nearest(markers, i, +1, marker.Kind);
            var continues = marker.Kind.System == NumeralSystem.Decimal
                ? previous?.Value == marker.Value - 1 && (next is null || next.Value == marker.Value + 1)
                : previous?.Value == marker.Value - 1 || (marker.Value == 1 && previous is null && next?.Value == 2);
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

    // III. Major Tasks beside 三、主要任务 in a bilingual report, the options A. B. C. of a questionnaire, the list
    // a) b) c) of a standard are not part of a Chinese outline: only a Western outline, whose numbering starts
    // Latin or Roman on a Latin title (I. Introduction), has Latin markers.
    private static void IgnoreLatinMarkersOutsideALatinOutline(IReadOnlyList<SourceParagraph> paragraphs, Marker?[] markers)
    {
        var first = Array.FindIndex(markers, marker => marker is not null);
        if (first < 0) return;
        var text = paragraphs[first].Text ?? "";
        var titleStart = markers[first]!.End;
        var isWesternOutline = IsLatin(markers[first]!.Kind) && titleStart < text.Length && char.IsAsciiLetter(text[titleStart]);
        if (isWesternOutline) return;
        for (var i = 0; i < markers.Length; i++)
        {
            if (markers[i] is { } marker && IsLatin(marker.Kind)) markers[i] = null;
        }
    }

    private static bool IsLatin(MarkerKind kind) =>
        kind.System is NumeralSystem.UpperRoman or NumeralSystem.LowerRoman or NumeralSystem.UpperLetter or NumeralSystem.LowerLetter;

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
