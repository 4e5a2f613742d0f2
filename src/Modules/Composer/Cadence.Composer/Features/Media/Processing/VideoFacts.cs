namespace Cadence.Composer.Features.Media.Processing;

/// <summary>What Instagram checks about a video: container, codecs, length, frame size (as displayed) and frame rate.</summary>
internal sealed record VideoFacts(string Container, string? VideoCodec, string? AudioCodec, long DurationMs, int Width, int Height, double? FrameRate);
