using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.Accounts.Features.InstagramAccounts;

internal static class InstagramAccountQueries
{
    /// <summary>The agency filter hides other agencies' accounts; this hides the clients a restricted member may not see.</summary>
    public static IQueryable<LinkedAccount> VisibleTo(this IQueryable<LinkedAccount> accounts, ICurrentAgency current)
    {
        if (current.ClientIds is not { } allowed)
        {
            return accounts;
        }

        var ids = allowed.ToList();
        return accounts.Where(a => ids.Contains(a.ClientId));
    }

    /// <summary>The same rule as <see cref="LinkedAccount.StatusAt"/>, in a form the database evaluates.</summary>
    public static IQueryable<LinkedAccount> WithStatus(this IQueryable<LinkedAccount> accounts, InstagramAccountStatus status, DateTime nowUtc)
    {
        var soon = nowUtc + LinkedAccount.ExpiringSoonWithin;
        return status switch
        {
            InstagramAccountStatus.Disconnected => accounts.Where(a => a.State == LinkState.Disconnected),
            InstagramAccountStatus.NeedsReconnection => accounts.Where(a =>
                a.State == LinkState.NeedsReconnection || (a.State == LinkState.Active && (a.TokenExpiresAtUtc == null || a.TokenExpiresAtUtc <= nowUtc))),
            InstagramAccountStatus.ExpiringSoon => accounts.Where(a => a.State == LinkState.Active && a.TokenExpiresAtUtc > nowUtc && a.TokenExpiresAtUtc <= soon),
            _ => accounts.Where(a => a.State == LinkState.Active && a.TokenExpiresAtUtc > soon),
        };
    }

    public static InstagramAccountSummary ToSummary(this LinkedAccount account, DateTime nowUtc) =>
        new(account.Id, account.AgencyId, account.ClientId, account.InstagramUserId, account.Username, account.Name, account.ProfilePictureUrl,
            account.StatusAt(nowUtc), account.DaysUntilTokenExpires(nowUtc), account.PermissionList, account.FollowersCount, account.MediaCount,
            account.LastSyncedAtUtc);
}
