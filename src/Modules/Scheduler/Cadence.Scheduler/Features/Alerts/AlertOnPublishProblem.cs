using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Events;
using Cadence.Scheduler.Contracts.Publishing;
using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Alerts;

/// <summary>
/// Alerts the agency when a post failed, missed its time or waits for an account to be reconnected. A hold for
/// re-approval is not alerted: whoever edited the post knows. The inbox keeps each event to one alert and one round of email.
/// </summary>
internal sealed class AlertOnPublishProblem(
    AgencyAlerts alerts, IClientDirectory clients, IInstagramAccountDirectory accounts, SchedulerLinks links)
    : IIntegrationEventHandler<PostPublishFailed>
{
    public async Task HandleAsync(PostPublishFailed integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent is { Kind: PublishProblemKind.Held, HoldCause: not PublishHoldCause.AccountReconnection })
        {
            return;
        }

        var client = await clients.FindAsync(integrationEvent.ClientId, cancellationToken);
        var account = await accounts.FindAsync(integrationEvent.InstagramAccountId, cancellationToken);
        var where = $"@{account?.Username ?? "an Instagram account"} ({client?.Name ?? "a client"})";
        var (kind, headline) = integrationEvent.Kind switch
        {
            PublishProblemKind.Missed => (PublishAlertKind.Missed, $"A post for {where} missed its time"),
            PublishProblemKind.Held => (PublishAlertKind.Held, $"Posts for {where} are on hold until the account is reconnected"),
            _ => (PublishAlertKind.Failed, $"A post for {where} could not be published"),
        };
        var alert = new PublishAlert
        {
            AgencyId = integrationEvent.AgencyId,
            ClientId = integrationEvent.ClientId,
            PostId = integrationEvent.PostId,
            InstagramAccountId = integrationEvent.InstagramAccountId,
            Kind = kind,
            Message = $"{headline}: {integrationEvent.Reason}",
            CreatedAtUtc = integrationEvent.OccurredAtUtc,
        };
        await alerts.RaiseAsync(alert, headline, "Open the post", links.Post(integrationEvent.PostId), cancellationToken);
    }
}
