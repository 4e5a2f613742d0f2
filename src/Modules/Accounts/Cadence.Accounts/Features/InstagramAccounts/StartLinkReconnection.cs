using Cadence.BuildingBlocks.Infrastructure.Security;
namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>The browser that will finish the attempt, and where to send it.</summary>
internal sealed record LinkReconnectionStarted(Uri AuthorizeUrl, string BrowserBinding);

/// <summary>
/// The client, with no Cadence sign-in, starts the consent flow for the one account its link names. The attempt is bound
/// to a cookie in that browser instead of a person.
/// </summary>
internal sealed class StartLinkReconnection(OpenReconnectLink openLink, ConsentRedirect consent)
{
    public async Task<LinkReconnectionStarted?> HandleAsync(string? token, CancellationToken cancellationToken)
    {
        if (await openLink.HandleAsync(token, cancellationToken) is not { } invitation)
        {
            return null;
        }

        var binding = SecretToken.Create();
        var attempt = new AttemptFor(invitation.Link.AgencyId, invitation.ClientId, ExpectedAccountId: invitation.Link.AccountId,
            ReconnectLinkId: invitation.Link.Id, BrowserBindingHash: SecretToken.Hash(binding));
        return new LinkReconnectionStarted(await consent.BeginAsync(attempt, cancellationToken), binding);
    }
}
