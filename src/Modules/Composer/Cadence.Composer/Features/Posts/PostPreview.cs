using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Posts;

/// <summary>A post as Instagram would show it on one account, for the editor, the review page and the client's approval page.</summary>
internal sealed record PostPreview(
    Guid PostId,
    PostFormat Format,
    string ClientName,
    PreviewAccount Account,
    IReadOnlyList<PreviewAccount> Accounts,
    IReadOnlyList<PreviewSlide> Slides,
    string CaptionShown,
    string CaptionFolded,
    string? LocationName,
    IReadOnlyList<string> Collaborators,
    string? AudioName,
    string? CoverUrl,
    bool ShareToFeed,
    string? FirstComment,
    IReadOnlyList<PreviewGridTile> Grid)
{
    public string FormatName => PostFormatRules.Name(Format);

    public bool IsVertical => Format is PostFormat.Reel or PostFormat.Story;

    public bool HasFold => CaptionFolded.Length > 0;
}

/// <summary>An account the post goes to, with the caption that account gets.</summary>
internal sealed record PreviewAccount(Guid? AccountId, string Username, string? ProfilePictureUrl, string Caption)
{
    public string Handle => "@" + Username;
}

/// <summary>One image or video; <see cref="Url"/> is the file Instagram publishes, <see cref="ThumbnailUrl"/> the small one (none for videos without a still).</summary>
internal sealed record PreviewSlide(int Index, Guid ItemId, bool IsVideo, string Url, string? ThumbnailUrl, string? AltText, IReadOnlyList<UserTag> Tags, double AspectRatio)
{
    public string Label => $"Slide {Index + 1}";
}

/// <summary>A square of the account's grid: this post first, then its other posts.</summary>
internal sealed record PreviewGridTile(Guid PostId, bool IsThisPost, string? ThumbnailUrl, PostFormat Format, string Label);
