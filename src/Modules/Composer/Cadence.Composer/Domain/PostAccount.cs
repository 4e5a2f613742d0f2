namespace Cadence.Composer.Domain;

/// <summary>An Instagram account a post goes to, with the caption that account gets when it differs from the post's.</summary>
internal sealed class PostAccount
{
    public Guid PostId { get; init; }

    public Guid InstagramAccountId { get; init; }

    public string? CaptionOverride { get; set; }
}
