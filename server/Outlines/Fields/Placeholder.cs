namespace OutlineAddin.Outlines.Fields;

/// <summary>
/// A habitual blank of a 公文 template (XX县, ××年, “XXX”) that could become a field: its text as written, how often
/// it occurs, and the field name the words around it suggest.
/// </summary>
/// <param name="Text">
/// What to send back as a replacement's text: the blank with the word after it when that word tells what it stands for
/// (XX县, XX年, X季度), the blank alone otherwise (XXX).
/// </param>
public sealed record Placeholder(string Text, int Count, string SuggestedName);
