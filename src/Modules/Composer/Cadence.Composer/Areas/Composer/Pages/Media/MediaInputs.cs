using Cadence.Composer.Domain;

namespace Cadence.Composer.Areas.Composer.Pages.Media;

internal sealed class DetailsInput
{
    public string? Folder { get; set; }

    public string? Tags { get; set; }
}

/// <summary>The crop form: an aspect, or none for the original shape, and the focal point in percent from the top-left.</summary>
internal sealed class CropInput
{
    public CropAspect? Aspect { get; set; }

    public double FocusX { get; set; } = 50;

    public double FocusY { get; set; } = 50;
}
