using Cadence.Scheduler.Features.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Features.Outcomes;

internal static class OutcomesRegistration
{
    /// <summary>Each account's outcome on the post's page, and retrying only the accounts that failed or missed.</summary>
    public static IServiceCollection AddPostOutcomes(this IServiceCollection services) =>
        services.AddScoped<PostOutcomes>().AddScoped<RetryFailedTargets>();
}
