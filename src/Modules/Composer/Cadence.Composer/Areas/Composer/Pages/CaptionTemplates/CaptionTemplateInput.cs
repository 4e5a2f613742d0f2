namespace Cadence.Composer.Areas.Composer.Pages.CaptionTemplates;

/// <summary>The template form's fields; their names match the field names the use case reports errors under.</summary>
internal sealed class CaptionTemplateInput
{
    public string? Name { get; set; }

    public string? Body { get; set; }
}
