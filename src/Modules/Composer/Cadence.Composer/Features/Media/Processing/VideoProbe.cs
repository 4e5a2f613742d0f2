using Cadence.BuildingBlocks.Results;
using MetadataExtractor;
using MetadataExtractor.Formats.QuickTime;

namespace Cadence.Composer.Features.Media.Processing;

/// <summary>Reads an MP4 or MOV file's facts from its boxes, without decoding a frame.</summary>
internal static class VideoProbe
{
    private static readonly Error Unreadable = Error.Validation("File", "This video could not be read; it may be damaged. Export it again as MP4 (H.264).");

    public static Result<VideoFacts> Read(Stream stream, MediaFormat format)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        VideoTrackAtoms atoms;
        try
        {
            stream.Position = 0;
            directories = QuickTimeMetadataReader.ReadMetadata(stream);
            atoms = VideoTrackAtoms.Read(stream);
        }
        catch (Exception exception) when (exception is MetadataExtractor.ImageProcessingException or IOException or InvalidOperationException or ArgumentException or OverflowException)
        {
            return Unreadable;
        }

        var movie = directories.OfType<QuickTimeMovieHeaderDirectory>().FirstOrDefault();
        var frame = directories.OfType<QuickTimeTrackHeaderDirectory>().FirstOrDefault(t => t.GetObject(QuickTimeTrackHeaderDirectory.TagWidth) is decimal and > 0);
        var video = atoms.Tracks.FirstOrDefault(t => t.Handler == "vide");
        if (movie is null || frame is null || video is null || movie.GetObject(QuickTimeMovieHeaderDirectory.TagDuration) is not TimeSpan duration)
        {
            return Error.Validation("File", "This file has no video track Cadence can read. Export it as MP4 (H.264) and upload that.");
        }

        var width = (int)(decimal)frame.GetObject(QuickTimeTrackHeaderDirectory.TagWidth)!;
        var height = frame.GetObject(QuickTimeTrackHeaderDirectory.TagHeight) is decimal h ? (int)h : 0;

        // Phones record sideways and say so in the track matrix; Instagram shows the turned frame.
        if (frame.GetObject(QuickTimeTrackHeaderDirectory.TagRotation) is double rotation && Math.Abs(rotation % 180) == 90)
        {
            (width, height) = (height, width);
        }

        var audio = atoms.Tracks.FirstOrDefault(t => t.Handler == "soun");
        return new VideoFacts(format.Name, video.Codec, audio?.Codec, (long)Math.Round(duration.TotalMilliseconds), width, height, video.FrameRate);
    }
}
