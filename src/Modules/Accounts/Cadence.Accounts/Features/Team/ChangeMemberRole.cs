using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Team;

internal sealed record ChangeMemberRoleRequest(Guid MembershipId, AgencyRole Role);

internal sealed class ChangeMemberRole(AccountsDbContext db, ICurrentAgency actor)
{
    public async Task<Result> HandleAsync(ChangeMemberRoleRequest request, CancellationToken cancellationToken)
    {
        if (!TeamRules.CanManageTeam(actor))
        {
            return Result.Failure(TeamRules.NotAllowed);
        }

        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == request.MembershipId, cancellationToken);
        if (membership is null)
        {
            return Result.Failure(Error.NotFound("Member"));
        }

        if (!Enum.IsDefined(request.Role))
        {
            return Result.Failure(Error.Validation(nameof(request.Role), "Choose Viewer, Editor, Admin or Owner."));
        }

        if (!TeamRules.MayHandleRole(actor, membership.Role) || !TeamRules.MayHandleRole(actor, request.Role))
        {
            return Result.Failure(TeamRules.OwnersOnly("grant the Owner role or change an Owner's role"));
        }

        if (membership.Role == AgencyRole.Owner && request.Role != AgencyRole.Owner
            && await db.Memberships.CountAsync(m => m.Role == AgencyRole.Owner, cancellationToken) == 1)
        {
            return Result.Failure(TeamRules.LastOwner);
        }

        membership.Role = request.Role;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
