using System.Buffers.Binary;
using Cadence.InstagramSandbox.Graph;
using Microsoft.Extensions.Options;

namespace Cadence.InstagramSandbox.Publishing;

internal sealed record FetchedMedia(long Bytes, int Width, int Height, double? DurationSeconds);

/// <summary>Downloads image_url / video_url like Meta's fetcher does, and reads dimensions from the bytes.</summary>
internal sealed class MediaFetcher(IHttpClientFactory httpClients, IOptions<SandboxOptions> options)
{
    public const string HttpClientName = "InstagramSandbox.MediaFetcher";

    public async Task<byte[]> DownloadAsync(string url, long maxBytes, string kind, CancellationToken cancellation)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw NotFetchable(url);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.MediaFetchTimeoutSeconds));
        try
        {
            var client = httpClients.CreateClient(HttpClientName);
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw NotFetchable(url);
            }
            if (response.Content.Headers.ContentLength > maxBytes)
            {
                throw TooLarge(kind, maxBytes);
            }
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    throw TooLarge(kind, maxBytes);
                }
            }
            return buffer.ToArray();
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new GraphException(-2, 2207003, "Timeout while downloading the media.", userTitle: "Media download timed out",
                userMessage: "The media could not be downloaded in time. Try again or use a faster host.", isTransient: true);
        }
        catch (HttpRequestException)
        {
            throw NotFetchable(url);
        }
    }

    private static GraphException NotFetchable(string url) => new(9004, 2207052,
        $"The media could not be fetched from this uri: {url}", userTitle: "Media download has failed.",
        userMessage: "The media could not be fetched from the URI. Please make sure that the URI is valid and publicly accessible.");

    private static GraphException TooLarge(string kind, long maxBytes) => kind == "image"
        ? new GraphException(36000, 2207004, "The image size is too large.", userTitle: "Image size too large",
            userMessage: $"The image is too large to download. It should be less than {maxBytes / (1024 * 1024)} MiB.")
        : new GraphException(352, 2207026, "The video file you selected is in a format that we don't support.",
            userTitle: "Unsupported video format", userMessage: $"The video is larger than {maxBytes / (1024 * 1024)} MB.");

    /// <summary>Reads a baseline or progressive JPEG's SOF marker. Null when the bytes are not a JPEG.</summary>
    public static (int Width, int Height)? JpegSize(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            return null;
        }
        var i = 2;
        while (i + 4 <= data.Length)
        {
            if (data[i] != 0xFF)
            {
                return null;
            }
            var marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            var isSof = marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC);
            if (isSof && i + 9 <= data.Length)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]);
                return (width, height);
            }
            i += 2 + length;
        }
        return null;
    }

    /// <summary>Reads an MP4/MOV's duration (mvhd) and first video track size (tkhd). Null when not ISO-BMFF.</summary>
    public static (int Width, int Height, double DurationSeconds)? Mp4Info(ReadOnlySpan<byte> data)
    {
        if (data.Length < 12 || !data.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return null;
        }
        double duration = 0;
        int width = 0, height = 0;
        Walk(data, ref duration, ref width, ref height);
        return (width, height, duration);
    }

    private static void Walk(ReadOnlySpan<byte> data, ref double duration, ref int width, ref int height)
    {
        var i = 0;
        while (i + 8 <= data.Length)
        {
            long size = BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
            var type = data.Slice(i + 4, 4);
            var header = 8;
            if (size == 1 && i + 16 <= data.Length)
            {
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(data[(i + 8)..]);
                header = 16;
            }
            else if (size == 0)
            {
                size = data.Length - i;
            }
            if (size < header || i + size > data.Length)
            {
                return;
            }
            var body = data.Slice(i + header, (int)size - header);
            if (type.SequenceEqual("moov"u8) || type.SequenceEqual("trak"u8))
            {
                Walk(body, ref duration, ref width, ref height);
            }
            else if (type.SequenceEqual("mvhd"u8) && body.Length >= 20)
            {
                var version = body[0];
                var timescale = version == 1 ? BinaryPrimitives.ReadUInt32BigEndian(body[20..]) : BinaryPrimitives.ReadUInt32BigEndian(body[12..]);
                var units = version == 1 ? (double)BinaryPrimitives.ReadUInt64BigEndian(body[24..]) : BinaryPrimitives.ReadUInt32BigEndian(body[16..]);
                duration = timescale == 0 ? 0 : units / timescale;
            }
            else if (type.SequenceEqual("tkhd"u8) && body.Length >= 84 && width == 0)
            {
                var offset = body[0] == 1 ? 88 : 76;
                if (body.Length >= offset + 8)
                {
                    width = (int)(BinaryPrimitives.ReadUInt32BigEndian(body[offset..]) >> 16);
                    height = (int)(BinaryPrimitives.ReadUInt32BigEndian(body[(offset + 4)..]) >> 16);
                }
            }
            i += (int)size;
        }
    }
}
