using Cadence.BuildingBlocks.Paging;
using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Media.Library;

/// <summary>One page of a client's library with what the filters can offer.</summary>
internal sealed record MediaLibraryPage(PagedList<MediaTile> Files, IReadOnlyList<string> Folders, IReadOnlyList<string> Tags);

/// <summary>A file as the grid shows it.</summary>
internal sealed record MediaTile(MediaAsset Asset, int UsedInPosts);
