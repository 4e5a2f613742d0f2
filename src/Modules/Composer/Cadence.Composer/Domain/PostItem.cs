namespace Cadence.Composer.Domain;

/// <summary>One image or video of a post, in order: the only one of a feed image, reel or story, a slide of a carousel.</summary>
internal sealed class PostItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PostId { get; init; }

    public int Position { get; set; }

    public Guid MediaAssetId { get; set; }

    public string? AltText { get; set; }

    public List<UserTag> UserTags { get; set; } = [];
}
