using System.Net.Http.Headers;
using Cadence.BuildingBlocks.Results;

namespace Cadence.Composer.Features.Media.Import;

/// <summary>Checks a fetched response's status and type, and copies its body to a temporary file, stopping at the size limit.</summary>
internal static class ImportedContent
{
    private static readonly string[] VideoTypes = ["video/mp4", "video/quicktime"];

    public static async Task<Result<DownloadedFile>> ReadAsync(Uri uri, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return Error.Validation("Url", $"That address answered {(int)response.StatusCode} {response.ReasonPhrase}; check it opens the file in a browser.");
        }

        var type = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "unknown";
        var isImage = type.StartsWith("image/", StringComparison.Ordinal);
        if (!isImage && !VideoTypes.Contains(type))
        {
            return Error.Validation("Url", $"That address is not an image or video (it sends {type}). Paste the address of the file itself, not of a page showing it.");
        }

        var limit = isImage ? MediaLimits.MaxImageBytes : MediaLimits.MaxVideoBytes;
        var tooLarge = Error.Validation("Url", isImage ? "That image is larger than 30 MB, the most Cadence takes." : "That video is larger than 300 MB, the most Cadence takes.");
        if (response.Content.Headers.ContentLength > limit)
        {
            return tooLarge;
        }

        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var complete = false;
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (file.Length + read > limit)
                {
                    return tooLarge;
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            file.Position = 0;
            complete = true;
            return new DownloadedFile(FileNameOf(uri, response.Content.Headers.ContentDisposition), file);
        }
        finally
        {
            if (!complete)
            {
                await file.DisposeAsync();
            }
        }
    }

    private static string? FileNameOf(Uri uri, ContentDispositionHeaderValue? disposition)
    {
        var named = (disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"');
        return !string.IsNullOrWhiteSpace(named) ? named : Uri.UnescapeDataString(uri.Segments[^1]).Trim('/');
    }
}
