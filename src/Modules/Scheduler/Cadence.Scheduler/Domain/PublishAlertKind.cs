namespace Cadence.Scheduler.Domain;

internal enum PublishAlertKind
{
    Failed,
    Missed,
    Held,
    DispatcherSilent,
    PostsOverdue,
}
