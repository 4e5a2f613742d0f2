using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Media;

/// <summary>Where each file of an asset is stored.</summary>
internal static class MediaKeys
{
    public static string Original(Guid agencyId, Guid clientId, Guid assetId, string extension) => $"{Folder(agencyId, clientId, assetId)}/original.{extension}";

    public static string Publish(Guid agencyId, Guid clientId, Guid assetId, string extension) => $"{Folder(agencyId, clientId, assetId)}/publish.{extension}";

    public static string Thumbnail(Guid agencyId, Guid clientId, Guid assetId) => $"{Folder(agencyId, clientId, assetId)}/thumb.jpg";

    public static string Folder(MediaAsset asset) => Folder(asset.AgencyId, asset.ClientId, asset.Id);

    private static string Folder(Guid agencyId, Guid clientId, Guid assetId) => $"{agencyId:N}/{clientId:N}/{assetId:N}";
}
