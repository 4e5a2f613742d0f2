using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Publishing;

namespace Cadence.Scheduler.FaultHost;

/// <summary>At the named boundary: says so on standard output and waits forever, for the test to kill the process.</summary>
internal sealed class StopAtBoundary(PublishBoundary stopAt) : IPublishStepObserver
{
    public async ValueTask ReachedAsync(PublishBoundary boundary, PublishTarget target, CancellationToken cancellationToken)
    {
        if (boundary != stopAt)
        {
            return;
        }

        Markers.Reached(boundary.ToString());
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
