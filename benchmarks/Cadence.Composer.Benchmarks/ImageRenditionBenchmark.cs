using BenchmarkDotNet.Attributes;
using Cadence.Composer.Features.Media.Processing;
using SkiaSharp;

namespace Cadence.Composer.Benchmarks;

/// <summary>
/// What an upload costs the server: decode a phone-sized photo, turn it upright, render Instagram's JPEG and a thumbnail.
/// </summary>
[MemoryDiagnoser]
public class ImageRenditionBenchmark
{
    private byte[] _phoneJpeg = [];
    private byte[] _png = [];

    [GlobalSetup]
    public void Setup()
    {
        _phoneJpeg = Encode(4032, 3024, SKEncodedImageFormat.Jpeg);
        _png = Encode(2000, 2000, SKEncodedImageFormat.Png);
    }

    [Benchmark(Description = "4032x3024 JPEG -> 1440 JPEG + thumbnail")]
    public int PhonePhoto() => Rendition(_phoneJpeg, MediaFormat.Jpeg);

    [Benchmark(Description = "2000x2000 PNG -> 1440 JPEG + thumbnail")]
    public int Png() => Rendition(_png, MediaFormat.Png);

    [Benchmark(Description = "4032x3024 JPEG -> 4:5 crop at 1080x1350")]
    public int PortraitCrop()
    {
        using var image = UprightImage.Decode(_phoneJpeg, MediaFormat.Jpeg).Value;
        return JpegRenderer.Render(image, RenderPlan.Crop(image.Width, image.Height, Domain.CropAspect.Portrait, 0.5, 0.5)).Length;
    }

    private static int Rendition(byte[] bytes, MediaFormat format)
    {
        using var image = UprightImage.Decode(bytes, format).Value;
        var publish = JpegRenderer.Render(image, RenderPlan.Whole(image.Width, image.Height));
        return publish.Length + JpegRenderer.Thumbnail(publish).Length;
    }

    // A gradient with noise compresses like a photo; a flat colour would flatter the encoder.
    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        var random = new Random(7);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 255 / width), (byte)(y * 255 / height), (byte)random.Next(256)));
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 90).ToArray();
    }
}
