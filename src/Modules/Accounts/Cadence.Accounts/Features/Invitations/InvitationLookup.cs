using Cadence.BuildingBlocks.Infrastructure.Security;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Invitations;

internal static class InvitationLookup
{
    /// <summary>The invitation a link's token belongs to, whatever agency it is for: whoever opens it is not acting in one yet.</summary>
    public static async Task<Invitation?> FindByTokenAsync(this AccountsDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = SecretToken.Hash(token);
        return await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
    }

    public static Task<string> AgencyNameAsync(this AccountsDbContext db, Guid agencyId, CancellationToken cancellationToken) =>
        db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).SingleAsync(cancellationToken);
}
