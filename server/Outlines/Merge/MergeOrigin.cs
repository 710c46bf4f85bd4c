using System.Text.Json.Serialization;

namespace OutlineAddin.Outlines.Merge;

/// <summary>
/// Where a paragraph of a merged outline comes from. A body paragraph (and a heading the user added) carries the
/// origin of the heading it sits under.
/// </summary>
public enum MergeOrigin
{
    /// <summary>
    /// A heading of both versions in the same place: under the heading that corresponds to its old parent (or at the
    /// top in both), and in the same order among those siblings that are kept too. Renamed or renumbered, it is still kept.
    /// </summary>
    [JsonStringEnumMemberName("kept")]
    Kept,

    /// <summary>
    /// A heading of both versions whose place changed: another parent, or another order among its siblings. Of
    /// siblings that swapped places the fewest count as moved (those outside the longest run still in the old order).
    /// </summary>
    [JsonStringEnumMemberName("moved")]
    Moved,

    /// <summary>A heading only the new version has (or one the user had deleted from the document): it arrives empty.</summary>
    [JsonStringEnumMemberName("new")]
    New,

    /// <summary>A heading the new version removed that had the user's text under it: kept, with that text, never dropped.</summary>
    [JsonStringEnumMemberName("removed-kept")]
    RemovedKept,
}
