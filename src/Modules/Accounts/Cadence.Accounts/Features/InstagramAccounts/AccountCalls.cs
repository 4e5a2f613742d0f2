using Cadence.Accounts.Domain;
using Cadence.Instagram;
using Microsoft.Extensions.Logging;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>
/// Background Instagram calls for one account: an invalid-token answer marks the account for reconnection, any other
/// failure is logged and left for the job's next run.
/// </summary>
internal sealed partial class AccountCalls(TokenProtector protector, FlagReconnection flagReconnection, ILogger<AccountCalls> logger)
{
    /// <summary>True when <paramref name="call"/> succeeded; <paramref name="onOtherFailure"/> hears failures that are not the token's.</summary>
    public async Task<bool> TryAsync(
        LinkedAccount account, string what, Func<string, Task> call, CancellationToken cancellationToken, Func<InstagramError, Task>? onOtherFailure = null)
    {
        try
        {
            await call(protector.Unprotect(account.ProtectedToken!));
            return true;
        }
        catch (InstagramApiException exception) when (exception.Error.RequiresReconnect)
        {
            await flagReconnection.HandleAsync(account.AgencyId, account.Id, exception.Error.Message, cancellationToken);
            return false;
        }
        catch (InstagramApiException exception)
        {
            LogFailed(what, account.Id, exception.Error.Code, exception.Error.Message);
            if (onOtherFailure is not null)
            {
                await onOtherFailure(exception.Error);
            }

            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{What} for Instagram account {AccountId} failed with code {Code}: {Reason}; the next run tries again")]
    private partial void LogFailed(string what, Guid accountId, int code, string reason);
}
