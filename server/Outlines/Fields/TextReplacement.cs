namespace OutlineAddin.Outlines.Fields;

/// <summary>A text in the titles (a filled value such as 某某县委办, or a placeholder such as XX年) to become the field <see cref="Name"/>.</summary>
public sealed record TextReplacement(string Text, string Name);
