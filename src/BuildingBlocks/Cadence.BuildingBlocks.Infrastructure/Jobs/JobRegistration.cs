using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Cadence.BuildingBlocks.Infrastructure.Jobs;

public static class JobRegistration
{
    /// <summary>A module's recurring job, contributed to the host's one scheduler (AddQuartz adds to, never replaces, its options).</summary>
    public static IServiceCollection AddJob<TJob>(this IServiceCollection services, JobKey key, TimeSpan every)
        where TJob : class, IJob
    {
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<TJob>(job => job.WithIdentity(key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(key)
                .WithIdentity($"{key.Name}-trigger", key.Group)
                .StartNow()
                .WithSimpleSchedule(schedule => schedule.WithInterval(every).RepeatForever()));
        });
        return services;
    }
}
