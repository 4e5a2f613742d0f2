using Cadence.Accounts.Contracts.Agencies;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Posts;

/// <summary>The signed-in member as a post's history names them.</summary>
internal sealed class CurrentActor(ICurrentAgency current, IAgencyDirectory agencies)
{
    private Actor? _actor;

    public async Task<Actor> GetAsync(CancellationToken cancellationToken)
    {
        if (_actor is not null)
        {
            return _actor;
        }

        var userId = current.UserId ?? throw new InvalidOperationException("Only a signed-in member edits posts.");
        var members = await agencies.ListMembersAsync(cancellationToken);
        var name = members.FirstOrDefault(m => m.UserId == userId)?.DisplayName ?? "A team member";
        return _actor = new Actor(userId, name);
    }
}
