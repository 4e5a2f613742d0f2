using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.Instagram;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>
/// Links the profile behind a fresh token to the attempt's client: a new account, or the same row again (token renewed,
/// history kept), never a duplicate. Queries name the attempt's agency themselves, as a reconnect link has no sign-in.
/// </summary>
internal sealed class LinkAccount(AccountsDbContext db, TokenProtector protector, TimeProvider clock)
{
    public async Task<ConnectionOutcome> HandleAsync(
        OAuthAttempt attempt, InstagramAccount profile, LongLivedToken token, IReadOnlyList<string> permissions, CancellationToken cancellationToken)
    {
        ConnectionOutcome Fail(string message) => new(false, message, attempt.ClientId);
        var instagramUserId = profile.UserId ?? profile.Id;
        var username = profile.Username ?? instagramUserId;
        var client = await db.Clients.IgnoreQueryFilters()
            .SingleAsync(c => c.Id == attempt.ClientId && c.AgencyId == attempt.AgencyId, cancellationToken);
        if (client.IsArchived)
        {
            return Fail($"{client.Name} was archived meanwhile, so @{username} was not connected.");
        }

        var existing = await db.InstagramAccounts.IgnoreQueryFilters()
            .SingleOrDefaultAsync(a => a.AgencyId == attempt.AgencyId && a.InstagramUserId == instagramUserId, cancellationToken);
        if (attempt.ExpectedAccountId is { } expectedId && existing?.Id != expectedId)
        {
            var expected = await db.InstagramAccounts.IgnoreQueryFilters().SingleAsync(a => a.Id == expectedId, cancellationToken);
            return Fail($"You signed in to Instagram as @{username}, but this reconnection is for @{expected.Username}. Sign in to Instagram as @{expected.Username} and try again.");
        }

        if (existing is not null && existing.ClientId != client.Id)
        {
            var owner = await db.Clients.IgnoreQueryFilters().SingleAsync(c => c.Id == existing.ClientId, cancellationToken);
            return Fail(existing.State == LinkState.Disconnected
                ? $"@{username} belonged to {owner.Name} before, and an Instagram account can belong to only one client. Reconnect it from {owner.Name}'s page."
                : $"@{username} is already connected to {owner.Name}. An Instagram account can belong to only one client of your agency: disconnect it from {owner.Name} first.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var account = existing ?? AddAccount(attempt, instagramUserId, username, now);
        var wasWorking = existing is not null && existing.State == LinkState.Active;
        ApplyProfile(account, profile, now);
        account.UseToken(protector.Protect(token.AccessToken), token.Lifetime.IssuedAt.UtcDateTime, token.Lifetime.ExpiresAt.UtcDateTime, permissions);
        if (existing is null)
        {
            account.ConnectedByUserId = attempt.UserId;
            db.AddIntegrationEvent(new InstagramAccountConnected(account.Id, client.Id, instagramUserId, username) { AgencyId = attempt.AgencyId, OccurredAtUtc = now });
        }
        else if (!wasWorking)
        {
            db.AddIntegrationEvent(new InstagramAccountReconnected(account.Id, client.Id, instagramUserId, username) { AgencyId = attempt.AgencyId, OccurredAtUtc = now });
        }

        if (attempt.ReconnectLinkId is { } linkId)
        {
            var reconnectLink = await db.ReconnectLinks.SingleAsync(l => l.Id == linkId, cancellationToken);
            reconnectLink.UsedAtUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        var message = existing is null ? $"@{username} is connected to {client.Name}."
            : wasWorking ? $"@{username} was already connected; its access was renewed."
            : $"@{username} is reconnected to {client.Name}.";
        return new ConnectionOutcome(true, message, client.Id);
    }

    public static void ApplyProfile(LinkedAccount account, InstagramAccount profile, DateTime syncedAtUtc)
    {
        account.Username = profile.Username ?? account.Username;
        account.Name = profile.Name;
        account.AccountType = profile.AccountType;
        account.ProfilePictureUrl = profile.ProfilePictureUrl;
        account.FollowersCount = profile.FollowersCount;
        account.FollowsCount = profile.FollowsCount;
        account.MediaCount = profile.MediaCount;
        account.LastSyncedAtUtc = syncedAtUtc;
    }

    private LinkedAccount AddAccount(OAuthAttempt attempt, string instagramUserId, string username, DateTime now)
    {
        var account = new LinkedAccount
        {
            AgencyId = attempt.AgencyId,
            ClientId = attempt.ClientId,
            InstagramUserId = instagramUserId,
            Username = username,
            ConnectedAtUtc = now,
        };
        db.InstagramAccounts.Add(account);
        return account;
    }
}
