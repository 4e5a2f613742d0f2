using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Media.Library;

/// <summary>One file with the posts that use it, and its client's time zone to show their times in.</summary>
internal sealed record MediaAssetDetails(MediaAsset Asset, IReadOnlyList<PostUsingMedia> UsedBy, string TimeZoneId = "UTC");
