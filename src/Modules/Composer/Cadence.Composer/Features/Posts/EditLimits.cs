namespace Cadence.Composer.Features.Posts;

/// <summary>What a draft may hold at all: the column sizes (PostConfiguration). Instagram's own limits are the validator's.</summary>
internal static class EditLimits
{
    public const int Caption = 10_000;
    public const int FirstComment = 10_000;
    public const int LocationId = 64;
    public const int LocationName = 200;
    public const int AudioName = 200;
    public const int AltText = 4_000;
    public const int Username = 30;
    public const int CollaboratorCount = 10;
    public const int TagsPerImage = 30;
    public const int MaxThumbOffsetSeconds = 3_600;
}
