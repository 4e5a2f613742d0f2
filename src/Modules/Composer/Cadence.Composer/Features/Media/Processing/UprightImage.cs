using Cadence.BuildingBlocks.Results;
using SkiaSharp;

namespace Cadence.Composer.Features.Media.Processing;

/// <summary>An image decoded into sRGB and turned the way its EXIF orientation says it is seen.</summary>
internal static class UprightImage
{
    private const long MaxPixels = 100_000_000;

    public static Result<SKImage> Decode(byte[] bytes, MediaFormat format)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return format == MediaFormat.Heic
                ? Error.Validation("File", "HEIC could not be read here; export it as JPEG and upload that.")
                : Error.Validation("File", "This image could not be read; it may be damaged. Export it again as JPEG.");
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return Error.Validation("File", "This image has more than 100 megapixels. Export it smaller (Instagram shows at most 1440 pixels wide).");
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return Error.Validation("File", "This image could not be read; it may be damaged. Export it again as JPEG.");
        }

        return Orient(decoded, codec.EncodedOrigin);
    }

    private static SKImage Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var (w, h) = (bitmap.Width, bitmap.Height);
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var info = new SKImageInfo(turned ? h : w, turned ? w : h, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight:
                canvas.Translate(w, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight:
                canvas.Translate(w, h);
                canvas.RotateDegrees(180);
                break;
            case SKEncodedOrigin.BottomLeft:
                canvas.Translate(0, h);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop:
                canvas.RotateDegrees(90);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(h, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom:
                canvas.Translate(h, w);
                canvas.RotateDegrees(270);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, w);
                canvas.RotateDegrees(270);
                break;
            default:
                break;
        }

        canvas.DrawBitmap(bitmap, 0, 0);
        return surface.Snapshot();
    }
}
