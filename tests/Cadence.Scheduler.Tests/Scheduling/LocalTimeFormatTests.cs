using Cadence.Scheduler.Features.Scheduling;

namespace Cadence.Scheduler.Tests.Scheduling;

public sealed class LocalTimeFormatTests
{
    [Theory]
    [InlineData(-4, 0, "UTC\u22124")]
    [InlineData(-3, -30, "UTC\u22123:30")]
    [InlineData(0, 0, "UTC+0")]
    [InlineData(5, 30, "UTC+5:30")]
    [InlineData(5, 45, "UTC+5:45")]
    [InlineData(14, 0, "UTC+14")]
    public void Offsets_read_as_hours_and_minutes_from_utc(int hours, int minutes, string label) =>
        Assert.Equal(label, LocalTimeFormat.Offset(new TimeSpan(hours, minutes, 0)));

    [Theory]
    [InlineData(60, "an hour")]
    [InlineData(30, "30 minutes")]
    [InlineData(120, "2 hours")]
    [InlineData(90, "1 h 30 min")]
    public void Gap_lengths_read_in_words(int minutes, string words) =>
        Assert.Equal(words, LocalTimeFormat.Duration(TimeSpan.FromMinutes(minutes)));
}
