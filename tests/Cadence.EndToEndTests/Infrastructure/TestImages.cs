using SkiaSharp;

namespace Cadence.EndToEndTests.Infrastructure;

/// <summary>Real image files for upload tests, drawn with SkiaSharp into a temporary folder that goes away with the instance.</summary>
public sealed class TestImages : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cadence-e2e-images", Guid.NewGuid().ToString("N"));

    public TestImages() => Directory.CreateDirectory(folder);

    /// <summary>A JPEG of one colour with a darker band, so each file differs.</summary>
    public string Jpeg(string fileName, int width, int height, SKColor color) => Write(fileName, width, height, color, SKEncodedImageFormat.Jpeg);

    public string Png(string fileName, int width, int height, SKColor color) => Write(fileName, width, height, color, SKEncodedImageFormat.Png);

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Write(string fileName, int width, int height, SKColor color, SKEncodedImageFormat format)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(color);
        using (var band = new SKPaint { Color = color.WithAlpha(255).WithRed((byte)(color.Red / 2)) })
        {
            surface.Canvas.DrawRect(0, height / 3f, width, height / 3f, band);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(format, 85);
        var path = Path.Combine(folder, fileName);
        File.WriteAllBytes(path, data.ToArray());
        return path;
    }
}
