using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Scheduling;

public sealed class MarkMissedTargetsTests(SchedulingAppFactory app) : IClassFixture<SchedulingAppFactory>
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_target_past_its_clients_lateness_is_missed_and_one_within_it_is_left()
    {
        var tenant = await app.CreateTenantAsync();
        var late = await BookedDueAtAsync(tenant, Now.AddHours(-2).AddMinutes(-1));
        var recent = await BookedDueAtAsync(tenant, Now.AddMinutes(-90));

        await RunAsync();
        await RunAsync();

        var target = await app.TargetOfAsync(late);
        Assert.Equal(TargetState.Missed, target.State);
        Assert.Equal("Not published within 2 h of its time; choose a new time or publish now.", target.Problem);
        Assert.Equal(1, await app.LogCountAsync(target.Id));
        Assert.Equal(TargetState.Scheduled, (await app.TargetOfAsync(recent)).State);
    }

    [Fact]
    public async Task The_clients_own_lateness_applies_and_a_made_publish_call_is_never_missed()
    {
        var tenant = await app.CreateTenantAsync();
        await app.AddAsync(new ClientScheduleSettings { ClientId = tenant.ClientId, AgencyId = tenant.AgencyId, MaximumLatenessMinutes = 30 });
        var late = await BookedDueAtAsync(tenant, Now.AddMinutes(-45));
        var attempted = await BookedDueAtAsync(tenant, Now.AddHours(-5));
        await app.UpdateTargetsAsync(attempted, t => (t.State, t.PublishAttemptedAtUtc) = (TargetState.PublishAttempted, Now.AddHours(-5)));

        await RunAsync();

        Assert.Equal("Not published within 30 min of its time; choose a new time or publish now.", (await app.TargetOfAsync(late)).Problem);
        Assert.Equal(TargetState.PublishAttempted, (await app.TargetOfAsync(attempted)).State);
    }

    private Task<int> RunAsync() => app.WithScopeAsync(s => s.GetRequiredService<MarkMissedTargets>().RunAsync(CancellationToken.None));

    private async Task<Guid> BookedDueAtAsync(SchedulingTestKit.Tenant tenant, DateTime dueAtUtc)
    {
        var post = app.Post(tenant);
        var booked = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 1), new TimeOnly(10, 0));
        Assert.True(booked.Succeeded);
        await app.UpdateTargetsAsync(post.PostId, t => (t.DueAtUtc, t.NextAttemptAtUtc) = (dueAtUtc, dueAtUtc));
        return post.PostId;
    }
}
