using Cadence.Composer.Domain;
using SkiaSharp;

namespace Cadence.Composer.Features.Media.Processing;

/// <summary>Which part of the (upright) original becomes the publish JPEG, and at what size.</summary>
internal sealed record RenderPlan(SKRect Source, int Width, int Height)
{
    /// <summary>The whole picture, its width brought inside Instagram's 320–1440 pixels.</summary>
    public static RenderPlan Whole(int width, int height)
    {
        var outWidth = Math.Clamp(width, MediaLimits.MinWidth, MediaLimits.MaxWidth);
        var outHeight = Math.Max(1, (int)Math.Round(height * (double)outWidth / width));
        return new RenderPlan(new SKRect(0, 0, width, height), outWidth, outHeight);
    }

    /// <summary>
    /// The largest area of <paramref name="aspect"/> that fits, centred on the focal point as far as the edges allow;
    /// rendered 1080 wide, or narrower when the area is (never below Instagram's 320).
    /// </summary>
    public static RenderPlan Crop(int width, int height, CropAspect aspect, double focusX, double focusY)
    {
        var ratio = aspect.Ratio();
        var cropWidth = Math.Min(width, height * ratio);
        var cropHeight = cropWidth / ratio;
        var left = Math.Clamp((Math.Clamp(focusX, 0, 1) * width) - (cropWidth / 2), 0, width - cropWidth);
        var top = Math.Clamp((Math.Clamp(focusY, 0, 1) * height) - (cropHeight / 2), 0, height - cropHeight);

        var outWidth = cropWidth >= MediaLimits.CropWidth ? MediaLimits.CropWidth : Math.Max(MediaLimits.MinWidth, (int)Math.Round(cropWidth));
        var source = new SKRect((float)left, (float)top, (float)(left + cropWidth), (float)(top + cropHeight));
        return new RenderPlan(source, outWidth, aspect.HeightFor(outWidth));
    }
}
