using Cadence.Scheduler.Contracts.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cadence.Scheduler.Features.Publishing;

internal static class PublishingRegistration
{
    // Scoped together: the parts of one run share a PublishJournal, which carries the step under way.
    /// <summary>Leases and the step-by-step publisher (the Instagram clients come from the Host's AddInstagramPlatform).</summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.TryAddSingleton<IPublishStepObserver, NoPublishStepObserver>();
        return services.AddScoped<PublishLeases>()
            .AddScoped<PublishJournal>()
            .AddScoped<PublishFailures>()
            .AddScoped<PublishedRecorder>()
            .AddScoped<AttemptReconciler>()
            .AddScoped<ContainerPreparer>()
            .AddScoped<ContainerPublisher>()
            .AddScoped<TargetPublisher>()
            .AddScoped<IPublishStatus, PublishStatusQuery>();
    }
}
