using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Approvals.Preview;

internal sealed record ReviewPreviewItem(string? Url, string Alt, bool IsVideo);

/// <summary>What a reviewer or client looks at: the post's media in order and its caption.</summary>
internal sealed record ReviewPreview(PostFormat Format, string Caption, IReadOnlyList<ReviewPreviewItem> Items);
