namespace OutlineAddin.Outlines.Fields;

/// <summary>A field and how many times it occurs (in the titles found, or replaced).</summary>
public sealed record FieldCount(string Name, int Count);
