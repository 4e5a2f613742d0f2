namespace Cadence.Composer.Areas.Composer.Pages.Media;

/// <summary>The upload and import forms for one client; <paramref name="ImportUrl"/> is what the person typed.</summary>
internal sealed record UploadPanelView(Guid ClientId, string? ImportUrl);
