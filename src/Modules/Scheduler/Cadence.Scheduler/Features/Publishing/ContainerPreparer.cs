using Cadence.Instagram;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>Creates a target's containers (children first) and polls them until Instagram has processed the media.</summary>
internal sealed class ContainerPreparer(SchedulerDbContext db, IInstagramPublishing publishing, PublishJournal journal, IPublishStepObserver observer)
{
    // Well inside the 24 hours, so a container prepared the usual minutes ahead is published without another call.
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromHours(1);

    /// <summary>Creates what is missing (children, then the parent), saving each id at once; true when the container is FINISHED.</summary>
    public async Task<bool> PrepareAsync(PublishTarget target, AccountAccess access, PostSnapshot snapshot, CancellationToken cancellationToken)
    {
        journal.Step = "prepare";
        if (target.PreparedContentVersion != snapshot.Post.ContentVersion)
        {
            target.ChildContainerIds = [];
            target.ContainerId = null;
            target.PreparedContentVersion = snapshot.Post.ContentVersion;
            target.PreparedAtUtc = null;
        }

        var children = ContainerPlan.Children(snapshot.Post);
        for (var i = target.ChildContainerIds.Count; i < children.Count; i++)
        {
            var id = await publishing.CreateContainerAsync(access, children[i], cancellationToken);
            target.ChildContainerIds = [.. target.ChildContainerIds, id];
            journal.Log(target, "container", "created", $"Item {i + 1} of {children.Count}: container {id}.");
            await db.SaveChangesAsync(cancellationToken);
            await observer.ReachedAsync(PublishBoundary.ChildContainerCreated, target, cancellationToken);
        }

        if (target.ContainerId is null)
        {
            foreach (var child in target.ChildContainerIds)
            {
                if (!await IsFinishedAsync(target, access, child, cancellationToken))
                {
                    return false;
                }
            }

            var id = await publishing.CreateContainerAsync(access, ContainerPlan.Parent(snapshot.Post, snapshot.Caption, target.ChildContainerIds), cancellationToken);
            target.ContainerId = id;
            journal.Log(target, "container", "created", $"Container {id} ({snapshot.Post.Format}).");
            await db.SaveChangesAsync(cancellationToken);
            await observer.ReachedAsync(PublishBoundary.ContainerCreated, target, cancellationToken);
        }

        if (!await IsFinishedAsync(target, access, target.ContainerId, cancellationToken))
        {
            return false;
        }

        target.State = TargetState.Prepared;
        target.PreparedAtUtc = journal.Now;
        target.Attempts = 0;
        target.Problem = null;
        journal.Log(target, "prepare", "finished", $"Container {target.ContainerId} is ready to publish (version {target.PreparedContentVersion}).");
        await db.SaveChangesAsync(cancellationToken);
        await observer.ReachedAsync(PublishBoundary.ContainerFinished, target, cancellationToken);
        return true;
    }

    /// <summary>
    /// Containers live 24 hours: one prepared long before its publish (a booking moved back, a wait for the quota) is
    /// read again just before, and dropped (the target goes back to Scheduled) when Instagram no longer has it ready.
    /// </summary>
    public async Task RecheckAsync(PublishTarget target, AccountAccess access, CancellationToken cancellationToken)
    {
        if (target.PreparedAtUtc is { } preparedAt && journal.Now - preparedAt < RecheckAfter)
        {
            return;
        }

        journal.Step = "status";
        var status = await publishing.GetContainerStatusAsync(access.AccessToken, target.ContainerId!, cancellationToken);
        if (status.Code != ContainerStatusCode.Finished)
        {
            journal.Log(target, "prepare", "outdated", $"Container {target.ContainerId} is no longer ready ({status.Status}); making fresh containers.");
            target.State = TargetState.Scheduled;
            target.PreparedContentVersion = null;
        }
    }

    private async Task<bool> IsFinishedAsync(PublishTarget target, AccountAccess access, string containerId, CancellationToken cancellationToken)
    {
        journal.Step = "status";
        var status = await publishing.GetContainerStatusAsync(access.AccessToken, containerId, cancellationToken);
        switch (status.Code)
        {
            case ContainerStatusCode.Finished:
                return true;
            case ContainerStatusCode.InProgress or ContainerStatusCode.Unknown:
                target.Attempts++;
                if (target.Attempts > PublishRetryPolicy.MaxPolls)
                {
                    await journal.FailAsync(target, "Instagram was still processing the media after many minutes.", cancellationToken);
                    return false;
                }

                target.NextAttemptAtUtc = journal.Now + PublishRetryPolicy.PollDelay(target.Attempts);
                journal.Log(target, "status", "in progress", $"Container {containerId} is still processing; looking again at {journal.At(target.NextAttemptAtUtc)}.");
                await db.SaveChangesAsync(cancellationToken);
                return false;
            default:
                await journal.FailAsync(target, ContainerErrorReasons.For(status), cancellationToken);
                return false;
        }
    }
}
