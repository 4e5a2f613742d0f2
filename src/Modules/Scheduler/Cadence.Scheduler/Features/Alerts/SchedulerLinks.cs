using Cadence.BuildingBlocks.Infrastructure.Web;

namespace Cadence.Scheduler.Features.Alerts;

/// <summary>Absolute links to the Scheduler's pages for email sent from background work.</summary>
internal sealed class SchedulerLinks(PublicAddress address)
{
    public string Post(Guid postId) => address.Link($"/scheduler/posts/{postId}");

    public string Alerts() => address.Link("/scheduler/alerts");

    public string Status() => address.Link("/scheduler/status");
}
