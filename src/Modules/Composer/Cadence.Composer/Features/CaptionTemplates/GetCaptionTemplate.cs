using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.CaptionTemplates;

internal sealed class GetCaptionTemplate(ComposerDbContext db, ICurrentAgency current)
{
    public async Task<Result<CaptionTemplateView>> HandleAsync(Guid templateId, CancellationToken cancellationToken)
    {
        var template = await db.CaptionTemplates.AsNoTracking()
            .Where(t => t.Id == templateId)
            .Select(t => new CaptionTemplateView(t.Id, t.ClientId, t.Name, t.Body))
            .SingleOrDefaultAsync(cancellationToken);
        return template is not null && current.CanAccessClient(template.ClientId) ? template : Error.NotFound("The caption template");
    }
}
