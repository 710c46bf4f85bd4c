using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>What a package says in words.</summary>
public static class DocumentText
{
    public static IReadOnlyList<Paragraph> Paragraphs(WordprocessingDocument package) =>
        [.. package.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()];

    /// <summary>A paragraph's text as a reader sees it: its <c>w:t</c> in order, tabs and breaks as \t and \n.</summary>
    public static string Of(Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(element => element switch
    {
        Text text => text.Text,
        TabChar => "\t",
        Break => "\n",
        _ => "",
    }));

    /// <summary>Every <c>w:t</c> in every part of the package.</summary>
    public static IEnumerable<string> AllTexts(WordprocessingDocument package) =>
        Parts(package).Where(part => part.RootElement is not null).SelectMany(part => part.RootElement!.Descendants<Text>()).Select(text => text.Text);

    public static IEnumerable<OpenXmlPart> Parts(WordprocessingDocument package)
    {
        var seen = new HashSet<Uri>();
        var pending = new Stack<OpenXmlPart>(package.Parts.Select(pair => pair.OpenXmlPart));
        while (pending.TryPop(out var part))
        {
            if (!seen.Add(part.Uri)) continue;
            yield return part;
            foreach (var child in part.Parts) pending.Push(child.OpenXmlPart);
        }
    }
}
