using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Media.Library;

internal sealed record UpdateMediaDetailsRequest(Guid AssetId, string? Folder, string? Tags);

/// <summary>Files a file in a folder and tags it; neither changes what Instagram publishes.</summary>
internal sealed class UpdateMediaDetails(ComposerDbContext db, ICurrentAgency current)
{
    public const int MaxFolderLength = 100;

    public async Task<Result<MediaAsset>> HandleAsync(UpdateMediaDetailsRequest request, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleAsync(current, request.AssetId, cancellationToken) is not { } asset)
        {
            return Error.NotFound("Media file");
        }

        var folder = string.IsNullOrWhiteSpace(request.Folder) ? null : request.Folder.Trim();
        var tags = MediaTags.Parse(request.Tags);
        var errors = new List<Error>();
        if (folder is { Length: > MaxFolderLength })
        {
            errors.Add(Error.Validation("Folder", $"A folder name can be at most {MaxFolderLength} characters."));
        }

        if (tags.Count > MediaTags.MaxTags)
        {
            errors.Add(Error.Validation("Tags", $"Use at most {MediaTags.MaxTags} tags."));
        }
        else if (tags.FirstOrDefault(t => t.Length > MediaTags.MaxTagLength) is { } longTag)
        {
            errors.Add(Error.Validation("Tags", $"\"{longTag[..20]}…\" is too long; a tag can be at most {MediaTags.MaxTagLength} characters."));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<MediaAsset>(errors);
        }

        asset.Folder = folder;
        asset.Tags = MediaTags.Store(tags);
        await db.SaveChangesAsync(cancellationToken);
        return asset;
    }
}
