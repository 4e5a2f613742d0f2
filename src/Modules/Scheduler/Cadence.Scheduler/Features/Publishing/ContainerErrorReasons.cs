using Cadence.Instagram;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>What a container in ERROR or EXPIRED means, for the person who composed the post.</summary>
internal static class ContainerErrorReasons
{
    public static string For(ContainerStatus status)
    {
        if (status.Code == ContainerStatusCode.Expired)
        {
            return "Instagram discarded the prepared media: it was not published within 24 hours.";
        }

        var reason = status.ErrorSubcode switch
        {
            2207026 => "Instagram does not support this video's format: re-encode it as MP4 (H.264 or HEVC, AAC audio).",
            2207052 => "Instagram could not download the media from Cadence: check that the media address is public.",
            2207003 => "Instagram timed out downloading the media.",
            2207053 => "Instagram failed to process the upload.",
            2207004 => "The image is too large for Instagram (8 MB at most).",
            2207009 => "The image's aspect ratio is outside what Instagram accepts (4:5 to 1.91:1).",
            _ => "Instagram could not process the media.",
        };
        return string.IsNullOrWhiteSpace(status.Status) ? reason : $"{reason} (Instagram: {status.Status})";
    }
}
