using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Results;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Invitations;

internal sealed record AcceptAsMemberRequest(string? Token, Guid UserId);

/// <summary>A signed-in person accepts an invitation sent to their own email address.</summary>
internal sealed class AcceptInvitationAsMember(AccountsDbContext db, TimeProvider clock)
{
    public async Task<Result<JoinedAgency>> HandleAsync(AcceptAsMemberRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.FindByTokenAsync(request.Token, cancellationToken);
        var state = InvitationStates.Of(invitation, now);
        if (invitation is null || state != InvitationState.Open)
        {
            return Result.Failure<JoinedAgency>(InvitationStates.Refusal(state));
        }

        var email = await db.Users.Where(u => u.Id == request.UserId).Select(u => u.NormalizedEmail).SingleOrDefaultAsync(cancellationToken);
        if (email != invitation.NormalizedEmail)
        {
            return Result.Failure<JoinedAgency>(Error.Forbidden($"This invitation was sent to {invitation.Email}. Sign out, then open the link again to accept it with that account."));
        }

        var alreadyMember = await db.Memberships.IgnoreQueryFilters()
            .AnyAsync(m => m.AgencyId == invitation.AgencyId && m.UserId == request.UserId, cancellationToken);
        var membership = invitation.AcceptFor(request.UserId, now);
        if (!alreadyMember)
        {
            db.Memberships.Add(membership);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Result.Failure<JoinedAgency>(InvitationStates.Refusal(InvitationState.Accepted));
        }

        return new JoinedAgency(invitation.AgencyId, await db.AgencyNameAsync(invitation.AgencyId, cancellationToken), alreadyMember);
    }
}
