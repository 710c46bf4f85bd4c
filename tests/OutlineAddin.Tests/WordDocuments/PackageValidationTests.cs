using OutlineAddin.Numbering;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>Every package the server can write passes the OpenXML SDK's schema and semantic validation with zero errors.</summary>
public class PackageValidationTests
{
    public static TheoryData<string, ListNumbering, int> EveryCombination()
    {
        var data = new TheoryData<string, ListNumbering, int>();
        foreach (var style in BuiltInStyles.All)
        {
            foreach (var numbering in Enum.GetValues<ListNumbering>())
            {
                for (var typography = 0; typography < WordOutlines.Typographies.Length; typography++) data.Add(style.Id, numbering, typography);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void The_insertOoxml_package_is_valid(string styleId, ListNumbering numbering, int typography)
    {
        var outline = WordOutlines.Of(BuiltInStyles.Find(styleId)!, numbering, WordOutlines.Typographies[typography]);
        using var package = WordPackageReader.OpenFlatOpc(WordPackages.FlatOpc(outline));
        OpenXmlAssert.Valid(package);
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void The_docx_is_valid(string styleId, ListNumbering numbering, int typography)
    {
        var outline = WordOutlines.Of(BuiltInStyles.Find(styleId)!, numbering, WordOutlines.Typographies[typography]);
        using var package = WordPackageReader.OpenDocx(WordPackages.Docx(outline));
        OpenXmlAssert.Valid(package);
    }
}
