using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Features.Publishing;

internal static class PublishingRegistration
{
    /// <summary>Leases and the step-by-step publisher (the Instagram clients come from the Host's AddInstagramPlatform).</summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services) =>
        services.AddScoped<PublishLeases>().AddScoped<TargetPublisher>();
}
