namespace Cadence.Scheduler.Tests.Scheduling;

// A slot time the clocks jump over is skipped that day; a slot time that happens twice is used once, at its first occurrence.
public sealed class QueueSlotsClockChangeTests
{
    [Theory]
    [InlineData("America/New_York", "Daily 02:30 09:00", "2026-03-07 17:00", "", 3, "2026-03-08 13:00, 2026-03-09 06:30, 2026-03-09 13:00")]
    [InlineData("America/New_York", "Mon-Fri 09:00", "2026-03-05 15:00", "", 3, "2026-03-06 14:00, 2026-03-09 13:00, 2026-03-10 13:00")]
    [InlineData("America/New_York", "Daily 03:30", "2026-03-08 07:00", "", 1, "2026-03-08 07:30")]
    [InlineData("America/New_York", "Daily 01:30", "2026-10-31 16:00", "", 3, "2026-11-01 05:30, 2026-11-02 06:30, 2026-11-03 06:30")]
    [InlineData("America/New_York", "Daily 01:30", "2026-10-31 16:00", "2026-11-01 05:30", 1, "2026-11-02 06:30")]
    [InlineData("America/New_York", "Sun 00:30 01:30 02:30", "2026-10-31 16:00", "", 4, "2026-11-01 04:30, 2026-11-01 05:30, 2026-11-01 07:30, 2026-11-08 05:30")]
    [InlineData("Europe/Berlin", "Sun 02:30 10:00", "2026-03-28 12:00", "", 3, "2026-03-29 08:00, 2026-04-05 00:30, 2026-04-05 08:00")]
    [InlineData("Europe/Berlin", "Sun 02:30 10:00", "2026-10-24 12:00", "", 3, "2026-10-25 00:30, 2026-10-25 09:00, 2026-11-01 01:30")]
    [InlineData("Europe/Berlin", "Sun 01:30 03:30", "2026-03-28 12:00", "", 2, "2026-03-29 00:30, 2026-03-29 01:30")]
    [InlineData("Australia/Sydney", "Mon 09:00", "2026-03-29 01:00", "", 2, "2026-03-29 22:00, 2026-04-05 23:00")]
    [InlineData("Australia/Sydney", "Sun 02:30", "2026-09-30 00:00", "", 2, "2026-10-10 15:30, 2026-10-17 15:30")]
    [InlineData("Australia/Sydney", "Sun 02:30", "2026-04-01 00:00", "", 2, "2026-04-04 15:30, 2026-04-11 16:30")]
    [InlineData("Asia/Kolkata", "Sun 02:30", "2026-03-07 00:00", "", 2, "2026-03-07 21:00, 2026-03-14 21:00")]
    public void Queue_filling_across_a_clock_change(string zone, string slots, string now, string taken, int count, string expected)
    {
        var free = SlotTable.In(zone, slots).NextFree(SlotTable.Instants(taken), Wall.Now(now), count);

        Assert.Equal(expected, SlotTable.Text(free));
    }
}
