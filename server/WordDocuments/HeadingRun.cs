using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OutlineAddin.WordDocuments;

/// <summary>A heading's text as one Word run.</summary>
public static class HeadingRun
{
    /// <summary>
    /// Tabs and line breaks become Word's own <c>w:tab</c> and <c>w:br</c> (inside <c>w:t</c> Word shows them as spaces);
    /// characters XML cannot hold at all (control characters) are left out, since no package could carry them.
    /// </summary>
    public static Run Build(string text, RunProperties? properties)
    {
        var run = new Run();
        if (properties is not null) run.Append(properties);
        var pending = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r')
            {
                Flush(run, pending);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                run.Append(c == '\t' ? new TabChar() : new Break());
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

    private static void Flush(Run run, StringBuilder pending)
    {
        if (pending.Length == 0) return;
        run.Append(new Text(pending.ToString()) { Space = SpaceProcessingModeValues.Preserve });
        pending.Clear();
    }
}
