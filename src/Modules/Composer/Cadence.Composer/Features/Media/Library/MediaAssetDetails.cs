using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Media.Library;

/// <summary>One file with the posts that use it.</summary>
internal sealed record MediaAssetDetails(MediaAsset Asset, IReadOnlyList<PostUsingMedia> UsedBy);
