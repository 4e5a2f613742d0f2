using Cadence.BuildingBlocks.Infrastructure.Jobs;
using Cadence.Scheduler.Features.Grid;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Features.Checks;

internal static class ChecksRegistration
{
    /// <summary>The checks before publishing (at booking, and again before the due time), quota use and the grid preview.</summary>
    public static IServiceCollection AddPrePublishChecks(this IServiceCollection services)
    {
        // No retries: one short GET is what Instagram itself gives a media URL.
        services.AddHttpClient(MediaReachability.HttpClientName, client => client.Timeout = MediaReachability.Timeout);
        return services
            .AddScoped<MediaReachability>()
            .AddScoped<PublishingRoom>()
            .AddScoped<PrePublishChecks>()
            .AddScoped<PostCheckResults>()
            .AddScoped<QuotaUse>()
            .AddScoped<GridPreview>()
            .AddSingleton<DueChecks>()
            .AddJob<PrePublishCheckJob>(PrePublishCheckJob.Key, PrePublishCheckJob.Every);
    }
}
