using SkiaSharp;

namespace Cadence.Composer.Features.Media.Processing;

/// <summary>Draws part of an image at a given size onto white (JPEG has no transparency) and encodes it as sRGB JPEG.</summary>
internal static class JpegRenderer
{
    // Cubic for gentle scaling; mipmaps for big reductions, where a single cubic step would alias.
    private static readonly SKSamplingOptions Gentle = new(SKCubicResampler.Mitchell);
    private static readonly SKSamplingOptions Reducing = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    public static byte[] Render(SKImage image, RenderPlan plan)
    {
        var info = new SKImageInfo(plan.Width, plan.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        var sampling = plan.Source.Width > plan.Width * 2 ? Reducing : Gentle;
        using var paint = new SKPaint();
        surface.Canvas.DrawImage(image, plan.Source, new SKRect(0, 0, plan.Width, plan.Height), sampling, paint);
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(SKEncodedImageFormat.Jpeg, MediaLimits.JpegQuality);
        return encoded.ToArray();
    }

    /// <summary>A small JPEG of an already rendered JPEG, for grids and previews.</summary>
    public static byte[] Thumbnail(byte[] jpeg)
    {
        using var image = SKImage.FromEncodedData(jpeg);
        var width = Math.Min(MediaLimits.ThumbnailWidth, image.Width);
        var height = Math.Max(1, (int)Math.Round(image.Height * (double)width / image.Width));
        return Render(image, new RenderPlan(new SKRect(0, 0, image.Width, image.Height), width, height));
    }
}
