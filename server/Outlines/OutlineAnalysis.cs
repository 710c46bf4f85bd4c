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
        for (var i = 0; i < paragraphs.Count; i++) markers[i] = MarkerRecognizer.Recognize(paragraphs[i].Drawn);
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
            var text = paragraphs[i].Drawn;
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
            var drawnByWord = paragraphs[i].Label is { } label && (marker is null || marker.Offset < label.Length);
            lines[i] = new AnalyzedLine(i, text, marker, level) { DrawnByWord = drawnByWord };
        }

        MarkListsThatStartAgain(lines);
        var convention = DetectedConvention.From(lines);
        var repaired = OutlineRepair.Repair(lines, convention);
        // Word draws the number of a list item itself: its text rightly has none. Its label, when known, is
        // repaired like a marker (by changing the list).
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].NumberedByWord && !lines[i].DrawnByWord) repaired[i] = null;
        }
        return new OutlineAnalysis(lines, convention, repaired, NumberingProblems.Find(lines, repaired), keptOut, tooDeepAt);
    }

    // Back at 1 after body text: a second list where that text introduces one (a lead-in ending in ：, a short
    // title, an attachment); after an ordinary paragraph (…。) it is a slip that repair fixes.
    private static void MarkListsThatStartAgain(AnalyzedLine[] lines)
    {
        string? lastBody = null;
        var attachmentSince = false;
        foreach (var line in lines)
        {
            if (line.Level is null)
            {
                if (string.IsNullOrWhiteSpace(line.Text)) continue;
                lastBody = line.Text.Trim();
                attachmentSince |= OutlineBody.IsAttachmentHeading(lastBody);
                continue;
            }
            var introduced = lastBody is not null && (lastBody.EndsWith('：') || lastBody.EndsWith(':') || !OutlineBody.IsProse(lastBody) || attachmentSince);
            if (line.Marker?.Value == 1 && introduced) lines[line.Index] = line with { StartsAList = true };
            (lastBody, attachmentSince) = (null, false);
        }
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

    // 一、二季度累计投资… is a range of numerals unless the numbering runs through it: 三、四季度工作打算 after 二、,
    // 一、二季度工作回顾 followed by 二、, or an excerpt that opens on 三、四季度工作打算 followed by 四、. A decimal
    // (20.2026年…) must fit on both sides: 19. before it and 21. (or nothing) after it.
    private static void KeepLookAlikesThatContinueTheSequence(Marker?[] markers)
    {
        // The next marker of each kind, as recognised, found in one pass from the end.
        var next = new Marker?[markers.Length];
        var nextOfKind = new Dictionary<MarkerKind, Marker>();
        for (var i = markers.Length - 1; i >= 0; i--)
        {
            if (markers[i] is not { } marker) continue;
            next[i] = nextOfKind.GetValueOrDefault(marker.Kind);
            nextOfKind[marker.Kind] = marker;
        }
        var previousOfKind = new Dictionary<MarkerKind, Marker>();
        for (var i = 0; i < markers.Length; i++)
        {
            if (markers[i] is not { } marker) continue;
            if (marker.CountsOnlyInSequence)
            {
                var previous = previousOfKind.GetValueOrDefault(marker.Kind);
                var opensTheText = previous is null && next[i]?.Value == marker.Value + 1;
                // A decimal needs its predecessor: a table of contents runs 4.4信息化, 5.2母婴护理员… without spaces.
                var continues = marker.Kind.System == NumeralSystem.Decimal
                    ? previous?.Value == marker.Value - 1 && (next[i] is null || next[i]!.Value == marker.Value + 1)
                    : opensTheText || previous?.Value == marker.Value - 1;
                if (!continues)
                {
                    markers[i] = null;
                    continue;
                }
            }
            previousOfKind[marker.Kind] = marker;
        }
    }

    // III. Major Tasks beside 三、主要任务 in a bilingual report, the options A. B. C. of a questionnaire, the list
    // a) b) c) of a standard are not part of a Chinese outline: only a Western outline, whose numbering starts
    // Latin or Roman on a Latin title (I. Introduction), has Latin markers.
    private static void IgnoreLatinMarkersOutsideALatinOutline(IReadOnlyList<SourceParagraph> paragraphs, Marker?[] markers)
    {
        var first = Array.FindIndex(markers, marker => marker is not null);
        if (first < 0) return;
        var text = paragraphs[first].Drawn;
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
