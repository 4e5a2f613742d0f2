using Cadence.BuildingBlocks.Infrastructure.Security;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Instagram;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>
/// Instagram's redirect back to Cadence: proves the state (genuine, unused, fresh, same person or browser), spends it,
/// then exchanges the code for a long-lived token, reads the profile and links the account.
/// </summary>
internal sealed class CompleteConnection(AccountsDbContext db, IInstagramOAuth oauth, IInstagramAccounts accounts, LinkAccount link, TimeProvider clock)
{
    public const string NotGenuine = "This return from Instagram could not be matched to a connection you started, so nothing was connected. Start again from the client's page.";

    private const string AlreadyUsed = "This Instagram sign-in was already used. Each connection works once: start again if the account is not connected.";

    private static readonly HashSet<string> ProfessionalTypes = new(StringComparer.OrdinalIgnoreCase) { "BUSINESS", "MEDIA_CREATOR" };

    /// <param name="userId">The signed-in person, if any.</param>
    /// <param name="browserBinding">The binding cookie of an anonymous (reconnect link) attempt, if any.</param>
    public async Task<ConnectionOutcome> HandleAsync(ConsentReturn consent, Guid? userId, string? browserBinding, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(consent.State))
        {
            return ConnectionOutcome.Refused(NotGenuine);
        }

        var stateHash = SecretToken.Hash(consent.State);
        var attempt = await db.OAuthAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.StateHash == stateHash, cancellationToken);
        if (attempt is null || !BelongsToCaller(attempt, userId, browserBinding))
        {
            return ConnectionOutcome.Refused(NotGenuine);
        }

        var viaLink = attempt.ReconnectLinkId is not null;
        ConnectionOutcome Fail(string message) => new(false, message, attempt.ClientId, viaLink);
        if (attempt.UsedAtUtc is not null)
        {
            return Fail(AlreadyUsed);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (now >= attempt.ExpiresAtUtc)
        {
            return Fail("The Instagram sign-in took too long and expired. Please start again.");
        }

        // Spent before anything else happens, by a conditional update, so even two copies of the redirect arriving
        // together link once.
        var spent = await db.OAuthAttempts.Where(a => a.Id == attempt.Id && a.UsedAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.UsedAtUtc, now), cancellationToken);
        if (spent == 0)
        {
            return Fail(AlreadyUsed);
        }

        if (!string.IsNullOrEmpty(consent.Error))
        {
            return Fail(consent.Error == "access_denied"
                ? "Instagram connection cancelled: permission was not granted on Instagram, so nothing was connected."
                : $"Instagram did not connect the account: {consent.ErrorDescription ?? consent.Error}.");
        }

        if (string.IsNullOrWhiteSpace(consent.Code))
        {
            return Fail("Instagram came back without an authorization code. Please start again.");
        }

        try
        {
            var shortLived = await oauth.ExchangeCodeAsync(consent.Code, cancellationToken);
            var token = await oauth.ExchangeForLongLivedAsync(shortLived.AccessToken, cancellationToken);
            var profile = await accounts.GetAccountAsync(AccountAccess.Me(token.AccessToken), cancellationToken);
            if (!ProfessionalTypes.Contains(profile.AccountType ?? string.Empty))
            {
                return Fail($"@{profile.Username} is a personal Instagram account. Switch it to a professional (Business or Creator) account in the Instagram app, then connect it again.");
            }

            var linked = await link.HandleAsync(attempt, profile, token, shortLived.Permissions, cancellationToken);
            return linked with { ViaReconnectLink = viaLink };
        }
        catch (InstagramApiException exception)
        {
            return Fail(exception.Error.Kind switch
            {
                InstagramErrorKind.InvalidRequest or InstagramErrorKind.TokenInvalid =>
                    "Instagram refused the sign-in because it expired or was already used. Please connect again.",
                InstagramErrorKind.Transient or InstagramErrorKind.RateLimited =>
                    "Instagram could not be reached to finish connecting. Please try again in a few minutes.",
                _ => $"Instagram refused the connection: {exception.Error.UserMessage}",
            });
        }
    }

    private static bool BelongsToCaller(OAuthAttempt attempt, Guid? userId, string? browserBinding) =>
        attempt.UserId is { } starter
            ? starter == userId
            : attempt.BrowserBindingHash is { } binding && browserBinding is not null && binding == SecretToken.Hash(browserBinding);
}
