using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Posts;

/// <summary>
/// The editor form as posted. Only the fields the form showed for the post's format are applied; numbers arrive as
/// text so that bad input becomes a message next to its field, not a binding failure.
/// </summary>
internal sealed class PostEditInput
{
    /// <summary>The content version the form was drawn from: a save over a newer one is a conflict (two tabs).</summary>
    public int Version { get; set; }

    public PostFormat? Format { get; set; }

    /// <summary>True when the form showed the account checkboxes (an unticked box posts nothing).</summary>
    public bool AccountsShown { get; set; }

    public List<Guid> AccountIds { get; set; } = [];

    public string? Caption { get; set; }

    public List<AccountCaptionInput> AccountCaptions { get; set; } = [];

    public string? FirstComment { get; set; }

    public string? LocationId { get; set; }

    public string? LocationName { get; set; }

    public string? Collaborators { get; set; }

    public Guid? CoverMediaAssetId { get; set; }

    public string? ThumbOffsetSeconds { get; set; }

    public bool ShareToFeed { get; set; }

    public string? AudioName { get; set; }

    public TrialChoice Trial { get; set; }

    public List<ItemInput> Items { get; set; } = [];

    /// <summary>A button's command: add:{assetId}, remove:{itemId}, up:{itemId}, down:{itemId}, tag:{itemId}, untag:{itemId}:{index}.</summary>
    public string? Op { get; set; }
}

internal enum TrialChoice
{
    None,
    Manual,
    Performance,
}

internal sealed class AccountCaptionInput
{
    public Guid AccountId { get; set; }

    /// <summary>Empty means the account gets the post's caption.</summary>
    public string? Caption { get; set; }
}

internal sealed class ItemInput
{
    public Guid Id { get; set; }

    public string? AltText { get; set; }

    public List<TagInput> Tags { get; set; } = [];

    public TagInput NewTag { get; set; } = new();
}

internal sealed class TagInput
{
    public string? Username { get; set; }

    public string? X { get; set; }

    public string? Y { get; set; }
}
