using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace OutlineAddin.Tests.WordDocuments;

public static class OpenXmlAssert
{
    /// <summary>Zero errors from the SDK's validator, at the newest file format it knows; each error listed with its place.</summary>
    public static void Valid(WordprocessingDocument package)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(package)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();
        Assert.Empty(errors);
    }
}
