using Cadence.BuildingBlocks.Results;

namespace Cadence.Composer.Features.Approvals;

/// <summary>A decision on one post. <paramref name="Version"/> is the content version the person looked at, when known.</summary>
internal sealed record ReviewRequest(Guid PostId, int? Version, string? Comment)
{
    public const int CommentMaxLength = 2000;

    public string? TrimmedComment => string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim();

    public Error? CommentTooLong => TrimmedComment?.Length > CommentMaxLength
        ? Error.Validation(nameof(Comment), $"Keep the comment to {CommentMaxLength:N0} characters.")
        : null;
}
