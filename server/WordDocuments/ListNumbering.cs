namespace OutlineAddin.WordDocuments;

/// <summary>How headings carry their markers in Word.</summary>
public enum ListNumbering
{
    /// <summary>The marker is typed into the paragraph (一、): what most 公文 writers use, and what every host shows the same.</summary>
    Text,

    /// <summary>Word's own multilevel list numbers the headings: numbers follow when a section moves.</summary>
    List,
}
