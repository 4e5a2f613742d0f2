using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Media.Processing;

internal static class CropAspects
{
    public static double Ratio(this CropAspect aspect) => aspect switch
    {
        CropAspect.Square => 1.0,
        CropAspect.Portrait => 4.0 / 5.0,
        CropAspect.Landscape => 1.91,
        _ => 9.0 / 16.0,
    };

    public static string Label(this CropAspect aspect) => aspect switch
    {
        CropAspect.Square => "Square 1:1",
        CropAspect.Portrait => "Portrait 4:5",
        CropAspect.Landscape => "Landscape 1.91:1",
        _ => "Vertical 9:16",
    };

    /// <summary>
    /// The height for <paramref name="width"/>, rounded towards the inside of Instagram's feed range (4:5 to 1.91:1),
    /// so a rendered crop never lands a pixel outside it.
    /// </summary>
    public static int HeightFor(this CropAspect aspect, int width) => aspect switch
    {
        CropAspect.Landscape => (int)Math.Ceiling(width / aspect.Ratio()),
        CropAspect.Portrait => (int)Math.Floor(width / aspect.Ratio()),
        _ => (int)Math.Round(width / aspect.Ratio()),
    };
}
