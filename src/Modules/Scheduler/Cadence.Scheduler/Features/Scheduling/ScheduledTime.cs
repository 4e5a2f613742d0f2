using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>Where a booking ended up: its instant, and how it reads on the client's clock.</summary>
internal sealed record ScheduledTime(Guid ScheduledPostId, ScheduleMode Mode, DateTime DueAtUtc, LocalMoment Local);
