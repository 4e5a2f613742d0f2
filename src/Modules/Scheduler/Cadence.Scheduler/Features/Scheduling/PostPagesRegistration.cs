using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Features.Scheduling;

internal static class PostPagesRegistration
{
    /// <summary>The read queries behind the "Ready to schedule" and post scheduling pages.</summary>
    public static IServiceCollection AddPostSchedulingPages(this IServiceCollection services) => services.AddScoped<PostBookings>();
}
