namespace OutlineAddin.Outlines;

/// <summary>Something wrong with the numbering of one line, in words a clerk can act on.</summary>
/// <param name="Code">One of <see cref="ProblemCodes"/>: for clients that word it in their own language.</param>
/// <param name="Index">The line or paragraph, counted from 0 as given.</param>
/// <param name="Found">The marker as written.</param>
/// <param name="Expected">What it should read.</param>
public sealed record OutlineProblem(string Code, int Index, int Level, string Found, string Expected, string Message);

public static class ProblemCodes
{
    public const string Gap = "gap";
    public const string Duplicate = "duplicate";
    public const string OutOfOrder = "out-of-order";
    public const string NonstandardPunctuation = "nonstandard-punctuation";
    public const string HalfWidthBracket = "half-width-bracket";
    public const string SelectionStyleMismatch = "selection-style-mismatch";
}
