namespace Cadence.Composer.Features.Media.Library;

/// <summary>What the library shows: one client's files, narrowed by folder, tag and a search over names and tags.</summary>
internal sealed record MediaFilter(Guid ClientId, string? Folder = null, string? Tag = null, string? Search = null, int PageNumber = 1)
{
    public const int PageSize = 48;

    public bool IsNarrowed => !string.IsNullOrWhiteSpace(Folder) || !string.IsNullOrWhiteSpace(Tag) || !string.IsNullOrWhiteSpace(Search);
}
