using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Tests.Publishing;

namespace Cadence.Scheduler.Tests.Faults;

/// <summary>The sandbox's record of media_publish calls against the Scheduler's targets: published once or failed, never twice, never lost.</summary>
internal static class ExactlyOnceJudge
{
    public static async Task AssertEachPublishedOnceOrFailedAsync(PublishingAppFactory app, FaultDatabase database, IEnumerable<PublishingTestKit.Linked> accounts, IReadOnlySet<string>? foreignContainers = null, params TargetState[] acceptedUnpublished)
    {
        var calls = new List<PublishingTestKit.PublishCall>();
        foreach (var account in accounts)
        {
            calls.AddRange(await app.PublishCallsAsync(account));
        }

        var published = calls.Where(c => c.Succeeded && foreignContainers?.Contains(c.CreationId!) != true).ToList();
        var targets = await database.TargetsAsync();
        Assert.All(targets, target =>
        {
            var containers = target.ChildContainerIds.Append(target.ContainerId).OfType<string>().ToHashSet();
            var mine = published.Where(c => containers.Contains(c.CreationId!)).ToList();
            if (target.State == TargetState.Published)
            {
                var call = Assert.Single(mine);
                Assert.Equal(call.MediaId, target.MediaId);
            }
            else
            {
                Assert.Contains(target.State, acceptedUnpublished.Append(TargetState.Failed));
                Assert.Empty(mine);
                Assert.False(string.IsNullOrWhiteSpace(target.Problem));
            }
        });
        // Nothing published that no target accounts for (a duplicate from a container made again, say).
        Assert.Equal(targets.Count(t => t.State == TargetState.Published), published.Count);
    }
}
