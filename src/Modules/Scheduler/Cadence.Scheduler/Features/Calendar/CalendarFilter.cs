using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Calendar;

/// <summary>What the calendar shows: local days <paramref name="From"/> to <paramref name="To"/> (inclusive), narrowed by the filters set.</summary>
internal sealed record CalendarFilter(DateOnly From, DateOnly To, Guid? ClientId, Guid? AccountId, TargetState? Status, PublishFormat? Format);
