namespace Cadence.Composer.Domain;

/// <summary>The shapes Instagram shows: square and portrait feed, landscape feed, and full-screen reels and stories.</summary>
internal enum CropAspect
{
    Square,
    Portrait,
    Landscape,
    Vertical,
}
