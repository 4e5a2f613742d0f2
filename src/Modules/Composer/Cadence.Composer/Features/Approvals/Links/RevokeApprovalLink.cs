using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Approvals.Links;

/// <summary>Stops a client link working at once; decisions already made through it stay.</summary>
internal sealed class RevokeApprovalLink(ComposerDbContext db, ICurrentAgency current, TimeProvider clock)
{
    public async Task<Result> HandleAsync(Guid linkId, CancellationToken cancellationToken)
    {
        var link = await db.ApprovalLinks.SingleOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        if (link is null || !current.CanAccessClient(link.ClientId))
        {
            return Result.Failure(Error.NotFound("Link"));
        }

        if (!ApprovalRules.MayEdit(current, link.ClientId))
        {
            return Result.Failure(ApprovalRules.NotAllowedToEdit);
        }

        link.RevokedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
