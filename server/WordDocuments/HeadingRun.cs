using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OutlineAddin.WordDocuments;

/// <summary>A heading's text as one Word run.</summary>
public static class HeadingRun
{
    /// <summary>
    /// Tabs and line breaks become Word's own <c>w:tab</c> and <c>w:br</c> (inside <c>w:t</c> Word shows them as spaces),
    /// and the characters Word's paragraph.text stands in for its own elements with (so a heading captured from Word holds
    /// them) become those elements again; other characters XML cannot hold at all are left out, since no package could carry them.
    /// </summary>
    public static Run Build(string text, RunProperties? properties)
    {
        var run = new Run();
        if (properties is not null) run.Append(properties);
        var pending = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (WordElement(c) is { } element)
            {
                Flush(run, pending);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                run.Append(element);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                pending.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                pending.Append(c);
            }
        }
        Flush(run, pending);
        return run;
    }

    // Word's paragraph.text writes a manual line break (Shift+Enter) as \v, a non-breaking hyphen as U+001E, an optional one as U+001F.
    private static OpenXmlElement? WordElement(char c) => c switch
    {
        '\t' => new TabChar(),
        '\n' or '\r' or '\v' => new Break(),
        '\u001e' => new NoBreakHyphen(),
        '\u001f' => new SoftHyphen(),
        _ => null,
    };

    private static void Flush(Run run, StringBuilder pending)
    {
        if (pending.Length == 0) return;
        run.Append(new Text(pending.ToString()) { Space = SpaceProcessingModeValues.Preserve });
        pending.Clear();
    }
}
