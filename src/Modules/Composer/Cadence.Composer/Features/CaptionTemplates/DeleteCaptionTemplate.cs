using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.CaptionTemplates;

internal sealed class DeleteCaptionTemplate(ComposerDbContext db, ICurrentAgency current)
{
    /// <summary>Deletes the template; the value is its client, whose list the page shows next.</summary>
    public async Task<Result<Guid>> HandleAsync(Guid templateId, CancellationToken cancellationToken)
    {
        var template = await db.CaptionTemplates.SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken);
        if (template is null || !current.CanAccessClient(template.ClientId))
        {
            return Error.NotFound("The caption template");
        }

        db.CaptionTemplates.Remove(template);
        await db.SaveChangesAsync(cancellationToken);
        return template.ClientId;
    }
}
