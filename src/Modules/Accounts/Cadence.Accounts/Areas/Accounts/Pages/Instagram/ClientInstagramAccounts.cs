using Cadence.Accounts.Contracts.InstagramAccounts;

namespace Cadence.Accounts.Areas.Accounts.Pages.Instagram;

/// <summary>The Instagram section of a client's page, and what came of the last trip to Instagram's consent page.</summary>
internal sealed record ClientInstagramAccounts(
    Guid ClientId, string ClientName, string ClientTimeZone, bool ClientArchived, IReadOnlyList<InstagramAccountSummary> Accounts, bool CanManage,
    string? Notice, string? Problem)
{
    public IEnumerable<InstagramAccountView> Views => Accounts.Select(a => new InstagramAccountView(a, ClientTimeZone, CanManage));
}
