using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Bench;

/// <summary>
/// A what-if, for the performance report only: the counting <see cref="DetectedConvention.From"/> does
/// (server/Outlines/DetectedConvention.cs lines 36–63), done in one pass over the lines with plain
/// dictionaries instead of one LINQ Where/GroupBy pass per level. Returns the per-level dominant kind and
/// level text, so the bench can check it agrees with the real thing before comparing the times.
/// Not used by the product; if the server adopts the idea, this file can go.
/// </summary>
public static class ConventionPrototype
{
    public static (List<MarkerKind> DominantKinds, List<string> LvlTexts) From(IReadOnlyList<AnalyzedLine> lines)
    {
        // (level, kind) → how many and where first; (level, kind, form, numFmt) → the same, for the majority form.
        var kinds = new Dictionary<(int Level, MarkerKind Kind), (int Count, int First)>();
        var forms = new Dictionary<(int Level, MarkerKind Kind, string Form, NumFmt NumFmt), (int Count, int First)>();
        var depth = 0;
        var position = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Level is not int level) continue;
            if (level > depth) depth = level;
            if (line.Marker is not { } marker) continue;
            var kindKey = (level, marker.Kind);
            kinds[kindKey] = kinds.TryGetValue(kindKey, out var k) ? (k.Count + 1, k.First) : (1, position);
            var formKey = (level, marker.Kind, marker.Form, marker.NumFmt);
            forms[formKey] = forms.TryGetValue(formKey, out var f) ? (f.Count + 1, f.First) : (1, position);
            position++;
        }

        var dominantKinds = new List<MarkerKind>(depth);
        var lvlTexts = new List<string>(depth);
        for (var level = 1; level <= depth; level++)
        {
            MarkerKind? dominant = null;
            (int Count, int First) best = (0, int.MaxValue);
            foreach (var (key, value) in kinds)
            {
                if (key.Level != level) continue;
                if (value.Count > best.Count || (value.Count == best.Count && value.First < best.First)) (dominant, best) = (key.Kind, value);
            }
            if (dominant is not { } kind)
            {
                dominantKinds.Add(MarkerKind.Unnumbered);
                lvlTexts.Add(LevelFormat.Unnumbered.LvlText);
                continue;
            }
            string? form = null;
            (int Count, int First) bestForm = (0, int.MaxValue);
            foreach (var (key, value) in forms)
            {
                if (key.Level != level || key.Kind != kind) continue;
                if (value.Count > bestForm.Count || (value.Count == bestForm.Count && value.First < bestForm.First)) (form, bestForm) = (key.Form, value);
            }
            dominantKinds.Add(kind);
            lvlTexts.Add(kind.LvlText(form!, level));
        }
        return (dominantKinds, lvlTexts);
    }
}
