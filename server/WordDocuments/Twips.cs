namespace OutlineAddin.WordDocuments;

/// <summary>Word measures pages and spacing in twentieths of a point (twips); the standards give millimetres.</summary>
public static class Twips
{
    /// <summary>1 inch = 25.4 mm = 72 pt = 1440 twips, so 1 mm = 1440 / 25.4 ≈ 56.69 twips; rounded to the nearest twip.</summary>
    public static int FromMillimetres(double millimetres) => (int)Math.Round(millimetres * 1440 / 25.4, MidpointRounding.AwayFromZero);

    public static int FromPoints(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);
}
