namespace Cadence.Composer.Features.Validation;

/// <summary>The names rule violations use for the parts of a post, so the editor can show each message by its field.</summary>
internal static class PostFields
{
    public const string Format = "Format";
    public const string Accounts = "Accounts";
    public const string Items = "Items";
    public const string Caption = "Caption";
    public const string FirstComment = "FirstComment";
    public const string LocationId = "LocationId";
    public const string Collaborators = "Collaborators";
    public const string Cover = "CoverMediaAssetId";
    public const string ThumbOffset = "ThumbOffsetMs";
    public const string AudioName = "AudioName";
    public const string Trial = "Trial";

    /// <summary>One slide's media ("Items[1]"), alt text ("Items[1].AltText") or user tags ("Items[1].UserTags"), 0-based.</summary>
    public static string Item(int index, string? part = null) => part is null ? $"Items[{index}]" : $"Items[{index}].{part}";

    /// <summary>A per-account caption override ("AccountCaption[{accountId}]").</summary>
    public static string AccountCaption(Guid accountId) => $"AccountCaption[{accountId}]";
}
