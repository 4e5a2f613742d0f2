using Cadence.Accounts.Contracts.Agencies;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Approvals;

/// <summary>The signed-in member as the audit trail names them.</summary>
internal sealed class ReviewActors(IAgencyDirectory agencies, ICurrentAgency current)
{
    public async Task<Actor> CurrentAsync(CancellationToken cancellationToken)
    {
        var userId = current.UserId ?? throw new InvalidOperationException("Only a signed-in member acts as a team member.");
        var members = await agencies.ListMembersAsync(cancellationToken);
        return new Actor(userId, members.FirstOrDefault(m => m.UserId == userId)?.DisplayName ?? "A team member");
    }
}
