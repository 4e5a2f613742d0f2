using Cadence.Accounts.Contracts.Clients;

namespace Cadence.Composer.Areas.Composer.Pages.CaptionTemplates;

/// <summary>What the shared <c>_Form</c> fragment needs from the Create and Edit pages.</summary>
internal interface ICaptionTemplateFormPage
{
    CaptionTemplateInput Input { get; }

    ClientSummary Client { get; }

    /// <summary>The template being edited; null on Create.</summary>
    Guid? TemplateId { get; }
}
