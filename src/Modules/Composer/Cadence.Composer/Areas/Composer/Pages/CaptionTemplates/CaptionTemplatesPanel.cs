using Cadence.Accounts.Contracts.Clients;
using Cadence.Composer.Features.CaptionTemplates;

namespace Cadence.Composer.Areas.Composer.Pages.CaptionTemplates;

/// <summary>One client's templates as the <c>_Templates</c> fragment shows them; no client when the member has none.</summary>
internal sealed record CaptionTemplatesPanel(ClientSummary? Client, IReadOnlyList<CaptionTemplateView> Templates, bool CanEdit);
