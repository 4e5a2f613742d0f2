using Cadence.BuildingBlocks.Navigation;

namespace Cadence.Scheduler.Features.Alerts;

internal sealed class UnreadAlertsBadge(AlertInbox inbox) : INavigationBadge
{
    public string Area => "Scheduler";

    public string Page => "/Alerts/Index";

    public string Label => "unread";

    public Task<int> CountAsync(CancellationToken cancellationToken) => inbox.CountUnreadAsync(cancellationToken);
}
