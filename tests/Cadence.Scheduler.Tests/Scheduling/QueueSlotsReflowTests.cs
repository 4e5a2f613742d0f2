namespace Cadence.Scheduler.Tests.Scheduling;

public sealed class QueueSlotsReflowTests
{
    private const string Zone = "America/New_York";
    private static readonly DateTimeOffset MondayMorning = Wall.Now("2026-01-12 13:00");

    [Theory]
    [InlineData("Mon-Fri 09:00", "", "a b c", "a 2026-01-12 14:00; b 2026-01-13 14:00; c 2026-01-14 14:00")]
    [InlineData("Tue,Thu 12:30", "", "a b c", "a 2026-01-13 17:30; b 2026-01-15 17:30; c 2026-01-20 17:30")]
    [InlineData("Tue,Thu 12:30", "2026-01-13 17:30", "a b c", "a 2026-01-15 17:30; b 2026-01-20 17:30; c 2026-01-22 17:30")]
    [InlineData("Tue,Thu 12:30", "", "c a b", "c 2026-01-13 17:30; a 2026-01-15 17:30; b 2026-01-20 17:30")]
    [InlineData("Daily 02:30", "", "a b c", "a 2026-01-13 07:30; b 2026-01-14 07:30; c 2026-01-15 07:30")]
    [InlineData("Tue,Thu 12:30", "", "", "")]
    public void Each_queued_item_takes_the_next_free_slot_in_queue_order(string slots, string taken, string queue, string expected)
    {
        var items = queue.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var placed = SlotTable.In(Zone, slots).Reflow(items, SlotTable.Instants(taken), MondayMorning);

        Assert.Equal(expected, string.Join("; ", placed.Select(p => $"{p.Item} {Wall.Text(p.SlotUtc)}")));
    }

    [Fact]
    public void A_slot_change_moves_every_queued_item()
    {
        string[] queue = ["a", "b", "c"];

        var before = SlotTable.In(Zone, "Mon-Fri 09:00").Reflow(queue, [], MondayMorning);
        var after = SlotTable.In(Zone, "Mon-Fri 16:00").Reflow(queue, [], MondayMorning);

        Assert.Equal(queue, after.Select(p => p.Item));
        Assert.All(before.Zip(after), pair => Assert.Equal(pair.First.SlotUtc.AddHours(7), pair.Second.SlotUtc));
    }

    [Fact]
    public void Reflow_across_spring_forward_skips_the_missing_slot()
    {
        var placed = SlotTable.In(Zone, "Daily 02:30").Reflow(["a", "b"], [], Wall.Now("2026-03-07 08:00"));

        Assert.Equal("2026-03-09 06:30, 2026-03-10 06:30", SlotTable.Text(placed.Select(p => p.SlotUtc)));
    }
}
