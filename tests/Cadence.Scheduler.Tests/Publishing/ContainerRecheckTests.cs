using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Tests.Publishing;

/// <summary>Containers live 24 hours. Own factory: it moves both clocks a day on.</summary>
public sealed class ContainerRecheckTests(PublishingAppFactory app) : IClassFixture<PublishingAppFactory>
{
    [Fact]
    public async Task A_container_that_expired_while_waiting_is_replaced_just_before_publishing_and_published_once()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Prepared a day early"), app.Clock.GetUtcNow().UtcDateTime.AddHours(26));
        Assert.Equal(TargetState.Prepared, await app.AdvanceAsync(id));
        var expired = (await app.TargetAsync(id)).ContainerId;

        await AdvanceBothClocksAsync(TimeSpan.FromHours(26));

        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.NotEqual(expired, target.ContainerId);
        Assert.Contains(await app.LogAsync(id), e => e is { Step: "prepare", Outcome: "outdated" } && e.Detail!.Contains(expired!, StringComparison.Ordinal));
        Assert.Equal(target.ContainerId, Assert.Single(await app.PublishCallsAsync(account)).CreationId);
    }

    [Fact]
    public async Task An_unsettled_attempt_whose_container_expired_is_not_published_a_day_late()
    {
        var account = await app.LinkSandboxAccountAsync();
        var (id, _) = await AttemptThenDieForADayAsync(account);

        Assert.Equal(TargetState.Failed, await app.AdvanceAsync(id));

        Assert.Contains("24 hours", (await app.TargetAsync(id)).Problem, StringComparison.Ordinal);
        Assert.Empty(await app.PublishCallsAsync(account));
    }

    [Fact]
    public async Task Retrying_an_unsettled_attempt_whose_container_expired_makes_fresh_containers_and_publishes_once()
    {
        var account = await app.LinkSandboxAccountAsync();
        var (id, expired) = await AttemptThenDieForADayAsync(account);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.UpdateTargetAsync(id, t => (t.DueAtUtc, t.NextAttemptAtUtc) = (now, now));

        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.NotEqual(expired, target.ContainerId);
        Assert.Contains(await app.LogAsync(id), e => e is { Step: "reconcile", Outcome: "not published" } && e.Detail!.Contains("expired unpublished", StringComparison.Ordinal));
        Assert.Equal(target.ContainerId, Assert.Single(await app.PublishCallsAsync(account)).CreationId);
    }

    // The publish attempt is recorded, the call never made, and nothing runs for 25 hours.
    private async Task<(Guid Id, string? Container)> AttemptThenDieForADayAsync(PublishingTestKit.Linked account)
    {
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Attempted, then the node died for a day"), app.Clock.GetUtcNow().UtcDateTime.AddMinutes(10));
        Assert.Equal(TargetState.Prepared, await app.AdvanceAsync(id));
        var container = (await app.TargetAsync(id)).ContainerId;
        await AdvanceBothClocksAsync(TimeSpan.FromMinutes(10));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.UpdateTargetAsync(id, t => (t.State, t.PublishAttemptedAtUtc) = (TargetState.PublishAttempted, now));
        await AdvanceBothClocksAsync(TimeSpan.FromHours(25));
        return (id, container);
    }

    private async Task AdvanceBothClocksAsync(TimeSpan by)
    {
        app.Clock.Advance(by);
        using var moved = await app.Sandbox.Admin.PostAsJsonAsync(new Uri("clock/advance", UriKind.Relative), new JsonObject { ["seconds"] = by.TotalSeconds });
        moved.EnsureSuccessStatusCode();
    }
}
