using Cadence.Scheduler.Features.Dispatching;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Testing;

/// <summary>The Scheduler's jobs, run by hand: test hosts keep Quartz stopped so time stays under the test's control.</summary>
public static class SchedulerJobs
{
    /// <summary>One firing of the publish dispatcher's job: marks what is too late as missed, then publishes everything due.</summary>
    public static Task RunPublishDispatcherAsync(this CadenceAppFactory app) =>
        app.Services.GetRequiredService<PublishDispatcher>().RunUntilIdleAsync(CancellationToken.None);
}
