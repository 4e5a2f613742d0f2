namespace Cadence.Composer.Features.CaptionTemplates;

internal sealed record CaptionTemplateView(Guid Id, Guid ClientId, string Name, string Body);
