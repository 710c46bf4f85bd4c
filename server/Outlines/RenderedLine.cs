namespace OutlineAddin.Outlines;

/// <summary>A heading ready to insert: its 1-based level and its text with the marker.</summary>
public sealed record RenderedLine(int Level, string Text);
