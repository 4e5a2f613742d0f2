namespace Cadence.Composer.Domain;

/// <summary>An Instagram user tagged on an image, at a point measured from the top-left corner (0–1 on each axis).</summary>
internal sealed record UserTag(string Username, double X, double Y);
