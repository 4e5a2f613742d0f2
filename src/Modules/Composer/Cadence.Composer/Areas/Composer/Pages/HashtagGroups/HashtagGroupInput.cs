namespace Cadence.Composer.Areas.Composer.Pages.HashtagGroups;

/// <summary>The group form's fields; their names match the field names the use case reports errors under.</summary>
internal sealed class HashtagGroupInput
{
    public string? Name { get; set; }

    public string? Hashtags { get; set; }
}
