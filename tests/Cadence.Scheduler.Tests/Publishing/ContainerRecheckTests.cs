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

        app.Clock.Advance(TimeSpan.FromHours(26));
        using (var moved = await app.Sandbox.Admin.PostAsJsonAsync(new Uri("clock/advance", UriKind.Relative), new JsonObject { ["hours"] = 26 }))
        {
            moved.EnsureSuccessStatusCode();
        }

        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.NotEqual(expired, target.ContainerId);
        Assert.Contains(await app.LogAsync(id), e => e is { Step: "prepare", Outcome: "outdated" } && e.Detail!.Contains(expired!, StringComparison.Ordinal));
        Assert.Equal(target.ContainerId, Assert.Single(await app.PublishCallsAsync(account)).CreationId);
    }
}
