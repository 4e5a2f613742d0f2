using Cadence.BuildingBlocks.Results;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>
/// An account's weekly queue slots in its client's time zone, and the instants they give.
/// Clock changes: a slot time the clocks jump over that day is skipped, not moved — moving 02:30 to 03:30 would post at
/// a time nobody chose and could collide with a 03:30 slot; the item simply takes the next slot. A slot time that
/// happens twice (clocks go back) is used once, at its first occurrence, so one slot never yields two posts.
/// Slots and taken instants are compared to the minute.
/// </summary>
internal sealed class QueueSlots
{
    private readonly ClientTimeZone _zone;
    private readonly ILookup<DayOfWeek, TimeOnly> _byDay;

    private QueueSlots(ClientTimeZone zone, IEnumerable<QueueSlot> slots)
    {
        _zone = zone;
        _byDay = slots.Select(s => s with { Time = ToMinute(s.Time) }).Distinct().OrderBy(s => s.Time).ToLookup(s => s.Day, s => s.Time);
    }

    public static Result<QueueSlots> Create(IReadOnlyCollection<QueueSlot> slots, string timeZoneId)
    {
        if (slots.Count == 0)
            return Error.Validation("Slots", "Add at least one weekly time slot to queue posts for this account.");
        return ClientTimeZone.Find(timeZoneId) is { } zone ? new QueueSlots(zone, slots) : ClockChangeMessages.UnknownZone(timeZoneId);
    }

    public IReadOnlyList<DateTime> NextFree(IEnumerable<DateTime> takenUtc, DateTimeOffset now, int count)
    {
        var taken = takenUtc.Select(ToMinute).ToHashSet();
        return Upcoming(now.UtcDateTime).Where(slot => !taken.Contains(slot)).Take(count).ToList();
    }

    // The queue keeps its order; its own current times are not passed as taken, so a slot change moves every item.
    public IReadOnlyList<QueuedItem<T>> Reflow<T>(IReadOnlyList<T> queue, IEnumerable<DateTime> takenUtc, DateTimeOffset now) =>
        queue.Zip(NextFree(takenUtc, now, queue.Count), (item, slot) => new QueuedItem<T>(item, slot)).ToList();

    // Endless, in time order; every week holds at least one slot that exists, so Take(count) always completes.
    private IEnumerable<DateTime> Upcoming(DateTime nowUtc)
    {
        var day = DateOnly.FromDateTime(ClientLocalTime.ToLocal(nowUtc, _zone).Local);
        for (; ; day = day.AddDays(1))
        {
            foreach (var time in _byDay[day.DayOfWeek])
            {
                var instant = LocalTimeResolution.Of(day.ToDateTime(time), _zone.Zone) switch
                {
                    OccursOnce once => once.Utc,
                    OccursTwice twice => twice.EarlierUtc,
                    _ => (DateTime?)null,
                };
                if (instant > nowUtc)
                    yield return instant.Value;
            }
        }
    }

    private static TimeOnly ToMinute(TimeOnly time) => new(time.Hour, time.Minute);

    private static DateTime ToMinute(DateTime utc) => DateTime.SpecifyKind(new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0), DateTimeKind.Utc);
}
