using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Media.Upload;

namespace Cadence.Composer.Features.Media.Import;

internal sealed record ImportRequest(Guid ClientId, string? Url);

/// <summary>Fetches a file from the web and adds it like an upload; errors about the file itself name the Url field.</summary>
internal sealed class ImportMediaFromUrl(MediaDownloader downloader, AddMediaAsset addMedia, IClientDirectory clients)
{
    public async Task<Result<MediaAsset>> HandleAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        if (await clients.FindAsync(request.ClientId, cancellationToken) is not { IsArchived: false })
        {
            return Error.NotFound("Client");
        }

        var downloaded = await downloader.DownloadAsync(request.Url, cancellationToken);
        if (!downloaded.Succeeded)
        {
            return Result.Failure<MediaAsset>(downloaded.Errors);
        }

        await using var file = downloaded.Value;
        var added = await addMedia.HandleAsync(new MediaUpload(request.ClientId, file.FileName, file.Content), cancellationToken);
        return added.Succeeded ? added : Result.Failure<MediaAsset>(added.Errors.Select(e => e with { Field = e.Field is null ? null : "Url" }).ToList());
    }
}
