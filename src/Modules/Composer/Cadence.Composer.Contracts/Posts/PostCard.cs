namespace Cadence.Composer.Contracts.Posts;

/// <summary>A post as other modules list it (calendar, queue): enough to recognise it and open it in the Composer.</summary>
public sealed record PostCard(
    Guid PostId,
    Guid ClientId,
    PublishFormat Format,
    string CaptionExcerpt,
    string? ThumbnailUrl,
    bool IsApproved,
    string StatusName,
    IReadOnlyList<Guid> AccountIds,
    string EditUrl);
