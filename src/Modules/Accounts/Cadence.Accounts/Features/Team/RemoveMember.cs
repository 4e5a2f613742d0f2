using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Team;

internal sealed record RemoveMemberRequest(Guid MembershipId);

/// <summary>Takes a person out of the agency (their account and other agencies stay); answers whose membership it was.</summary>
internal sealed class RemoveMember(AccountsDbContext db, ICurrentAgency actor)
{
    public async Task<Result<Guid>> HandleAsync(RemoveMemberRequest request, CancellationToken cancellationToken)
    {
        if (!TeamRules.CanManageTeam(actor))
        {
            return Result.Failure<Guid>(TeamRules.NotAllowed);
        }

        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == request.MembershipId, cancellationToken);
        if (membership is null)
        {
            return Result.Failure<Guid>(Error.NotFound("Member"));
        }

        if (!TeamRules.MayHandleRole(actor, membership.Role))
        {
            return Result.Failure<Guid>(TeamRules.OwnersOnly("remove an Owner"));
        }

        if (membership.Role == AgencyRole.Owner
            && await db.Memberships.CountAsync(m => m.Role == AgencyRole.Owner, cancellationToken) == 1)
        {
            return Result.Failure<Guid>(Error.Conflict("The agency's last Owner cannot be removed: make someone else an Owner first."));
        }

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        return membership.UserId;
    }
}
