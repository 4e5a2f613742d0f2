using Cadence.Scheduler.Features.Scheduling;

namespace Cadence.Scheduler.Tests.Scheduling;

public sealed class QueueSlotsNextFreeTests
{
    [Theory]
    [InlineData("America/New_York", "Mon-Fri 09:00 12:30", "2026-01-14 15:00", "", 3, "2026-01-14 17:30, 2026-01-15 14:00, 2026-01-15 17:30")]
    [InlineData("America/New_York", "Mon-Fri 09:00 12:30", "2026-01-16 18:00", "", 3, "2026-01-19 14:00, 2026-01-19 17:30, 2026-01-20 14:00")]
    [InlineData("America/New_York", "Mon-Fri 09:00 12:30", "2026-01-14 17:30", "", 1, "2026-01-15 14:00")]
    [InlineData("America/New_York", "Mon-Fri 09:00 12:30", "2026-01-14 15:00", "2026-01-14 17:30, 2026-01-15 14:00", 2, "2026-01-15 17:30, 2026-01-16 14:00")]
    [InlineData("America/New_York", "Mon-Fri 09:00 12:30", "2026-01-14 15:00", "2026-01-14 17:45", 1, "2026-01-14 17:30")]
    [InlineData("America/New_York", "Mon-Fri 09:00 12:30", "2026-01-14 15:00", "", 0, "")]
    [InlineData("America/New_York", "Thu 23:00", "2026-01-16 03:00", "", 1, "2026-01-16 04:00")]
    [InlineData("Australia/Sydney", "Fri 12:00", "2026-01-15 23:30", "", 2, "2026-01-16 01:00, 2026-01-23 01:00")]
    [InlineData("Asia/Kolkata", "Mon 09:00", "2026-01-12 00:00", "", 2, "2026-01-12 03:30, 2026-01-19 03:30")]
    [InlineData("UTC", "Sun 02:30", "2026-03-07 00:00", "", 2, "2026-03-08 02:30, 2026-03-15 02:30")]
    [InlineData("Europe/Berlin", "Sat,Sun 10:00", "2026-01-16 12:00", "2026-01-17 09:00", 2, "2026-01-18 09:00, 2026-01-24 09:00")]
    public void The_next_free_slots_follow_the_clients_week(string zone, string slots, string now, string taken, int count, string expected)
    {
        var free = SlotTable.In(zone, slots).NextFree(SlotTable.Instants(taken), Wall.Now(now), count);

        Assert.Equal(expected, SlotTable.Text(free));
    }

    [Fact]
    public void Instants_are_utc_and_in_time_order()
    {
        var free = SlotTable.In("Europe/Berlin", "Daily 07:00 21:15; Mon,Wed 12:00").NextFree([], Wall.Now("2026-03-20 00:00"), 40);

        Assert.All(free, instant => Assert.Equal(DateTimeKind.Utc, instant.Kind));
        Assert.Equal(free.Order(), free);
        Assert.Equal(40, free.Distinct().Count());
    }

    [Fact]
    public void A_slot_listed_twice_gives_one_instant()
    {
        var free = SlotTable.In("America/New_York", "Mon 09:00; Mon 09:00").NextFree([], Wall.Now("2026-01-12 00:00"), 2);

        Assert.Equal("2026-01-12 14:00, 2026-01-19 14:00", SlotTable.Text(free));
    }

    [Fact]
    public void Slots_and_taken_instants_compare_to_the_minute()
    {
        var slots = QueueSlots.Create([new QueueSlot(DayOfWeek.Monday, new TimeOnly(9, 0, 30))], "America/New_York").Value;

        var free = slots.NextFree([Wall.Utc("2026-01-12 14:00").AddSeconds(42)], Wall.Now("2026-01-12 00:00"), 1);

        Assert.Equal("2026-01-19 14:00", SlotTable.Text(free));
        Assert.Equal(0, free[0].Second);
    }

    [Fact]
    public void An_account_without_slots_cannot_have_a_queue()
    {
        var result = QueueSlots.Create([], "America/New_York");

        Assert.Equal("Slots", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused()
    {
        var result = QueueSlots.Create(SlotTable.Parse("Mon 09:00"), "Mars/Olympus_Mons");

        Assert.Equal("TimeZone", Assert.Single(result.Errors).Field);
    }
}
