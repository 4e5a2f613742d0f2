using Cadence.Accounts.Data;
using Cadence.Accounts.Features.Team;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Invitations;

internal sealed record RevokeInvitationRequest(Guid InvitationId);

internal sealed class RevokeInvitation(AccountsDbContext db, ICurrentAgency actor, TimeProvider clock)
{
    public async Task<Result> HandleAsync(RevokeInvitationRequest request, CancellationToken cancellationToken)
    {
        if (!TeamRules.CanManageTeam(actor))
        {
            return Result.Failure(TeamRules.NotAllowed);
        }

        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == request.InvitationId, cancellationToken);
        if (invitation is null)
        {
            return Result.Failure(Error.NotFound("Invitation"));
        }

        if (!TeamRules.MayHandleRole(actor, invitation.Role))
        {
            return Result.Failure(TeamRules.OwnersOnly("revoke an invitation to become an Owner"));
        }

        if (invitation.AcceptedAtUtc is not null)
        {
            return Result.Failure(Error.Conflict($"{invitation.Email} has already accepted this invitation."));
        }

        invitation.RevokedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
