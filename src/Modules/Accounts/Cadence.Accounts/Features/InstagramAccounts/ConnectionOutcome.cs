namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>
/// How a return from Instagram's consent page ended, in words for the person. <see cref="ClientId"/> is known once the
/// state proved genuine; before that nothing about the attempt is revealed.
/// </summary>
internal sealed record ConnectionOutcome(bool Succeeded, string Message, Guid? ClientId = null, bool ViaReconnectLink = false)
{
    public static ConnectionOutcome Refused(string message) => new(false, message);
}

/// <summary>The query Instagram's consent page redirects back with.</summary>
internal sealed record ConsentReturn(string? State, string? Code, string? Error, string? ErrorDescription);
