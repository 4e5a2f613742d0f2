using SkiaSharp;

namespace Cadence.Composer.Features.Media.Processing;

/// <summary>
/// A neutral poster for a video: a dark frame of the video's shape with a play mark. Cadence decodes no video frames
/// (that would need ffmpeg on every host), so the library shows this instead of a still.
/// </summary>
internal static class VideoPoster
{
    public static byte[] Render(int videoWidth, int videoHeight)
    {
        var width = MediaLimits.ThumbnailWidth;
        var height = videoWidth > 0 && videoHeight > 0 ? Math.Clamp((int)Math.Round(width * (double)videoHeight / videoWidth), 100, 1000) : width;
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0x2B, 0x30, 0x3A));

        var radius = Math.Min(width, height) / 6f;
        var (cx, cy) = (width / 2f, height / 2f);
        using var circle = new SKPaint { Color = new SKColor(255, 255, 255, 200), IsAntialias = true };
        canvas.DrawCircle(cx, cy, radius, circle);
        using var triangle = new SKPath();
        triangle.MoveTo(cx - (radius * 0.35f), cy - (radius * 0.5f));
        triangle.LineTo(cx + (radius * 0.55f), cy);
        triangle.LineTo(cx - (radius * 0.35f), cy + (radius * 0.5f));
        triangle.Close();
        using var mark = new SKPaint { Color = new SKColor(0x2B, 0x30, 0x3A), IsAntialias = true };
        canvas.DrawPath(triangle, mark);

        using var image = surface.Snapshot();
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, MediaLimits.JpegQuality);
        return encoded.ToArray();
    }
}
