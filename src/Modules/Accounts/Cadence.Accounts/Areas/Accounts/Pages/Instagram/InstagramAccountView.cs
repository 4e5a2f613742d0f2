using System.Globalization;
using Cadence.Accounts.Contracts.InstagramAccounts;

namespace Cadence.Accounts.Areas.Accounts.Pages.Instagram;

/// <summary>How an account reads on a page: its status in words, its numbers, its last sync in the client's time zone.</summary>
internal sealed record InstagramAccountView(InstagramAccountSummary Account, string ClientTimeZone, bool CanManage)
{
    public string StatusText => Describe(Account.Status, Account.DaysUntilTokenExpires);

    public string StatusClass => Account.Status switch
    {
        InstagramAccountStatus.Active => "status-ok",
        InstagramAccountStatus.ExpiringSoon => "status-warn",
        InstagramAccountStatus.NeedsReconnection => "status-bad",
        _ => "status-off",
    };

    public bool CanReconnect => Account.Status != InstagramAccountStatus.Active;

    public bool CanSendReconnectLink => Account.Status is InstagramAccountStatus.ExpiringSoon or InstagramAccountStatus.NeedsReconnection;

    public bool CanDisconnect => Account.Status != InstagramAccountStatus.Disconnected;

    public string Followers => Count(Account.FollowersCount, "follower");

    public string Posts => Count(Account.MediaCount, "post");

    public string LastSynced => Account.LastSyncedAtUtc is { } synced
        ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(synced, DateTimeKind.Utc), Zone()).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)
        : "never";

    public static string Label(InstagramAccountStatus status) => status switch
    {
        InstagramAccountStatus.Active => "Active",
        InstagramAccountStatus.ExpiringSoon => "Expiring soon",
        InstagramAccountStatus.NeedsReconnection => "Needs reconnection",
        _ => "Disconnected",
    };

    public static string Describe(InstagramAccountStatus status, int? daysLeft) =>
        status == InstagramAccountStatus.ExpiringSoon
            ? $"Expiring soon ({daysLeft} {(daysLeft == 1 ? "day" : "days")} left)"
            : Label(status);

    private static string Count(long? value, string noun) =>
        value is { } n ? $"{n.ToString("N0", CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}" : $"– {noun}s";

    private TimeZoneInfo Zone() => TimeZoneInfo.TryFindSystemTimeZoneById(ClientTimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
