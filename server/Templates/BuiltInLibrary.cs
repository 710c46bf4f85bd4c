namespace OutlineAddin.Templates;

/// <summary>
/// The built-in templates one release ships, and the library's revision: a number raised whenever what the templates
/// store changes (<see cref="SeedLibrary.Revision"/>). Instances of different releases share one database during a
/// rolling upgrade; the revision says whose library is newer, so that only a newer one is ever written over an older one.
/// </summary>
public sealed record BuiltInLibrary(int Revision, IReadOnlyList<TemplateDraft> Templates);
