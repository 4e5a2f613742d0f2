using Cadence.Scheduler.Features.Scheduling;

namespace Cadence.Scheduler.Tests.Scheduling;

public sealed class ClientLocalTimeToLocalTests
{
    [Theory]
    [InlineData("America/New_York", "2026-03-08 06:59", "2026-03-08 01:59", "UTC\u22125", "Eastern Standard Time")]
    [InlineData("America/New_York", "2026-03-08 07:00", "2026-03-08 03:00", "UTC\u22124", "Eastern Daylight Time")]
    [InlineData("America/New_York", "2026-11-01 05:30", "2026-11-01 01:30", "UTC\u22124", "Eastern Daylight Time")]
    [InlineData("America/New_York", "2026-11-01 06:30", "2026-11-01 01:30", "UTC\u22125", "Eastern Standard Time")]
    [InlineData("Europe/Berlin", "2026-03-29 00:59", "2026-03-29 01:59", "UTC+1", "Central European Standard Time")]
    [InlineData("Europe/Berlin", "2026-03-29 01:00", "2026-03-29 03:00", "UTC+2", "Central European Summer Time")]
    [InlineData("Europe/Berlin", "2026-10-25 00:30", "2026-10-25 02:30", "UTC+2", "Central European Summer Time")]
    [InlineData("Europe/Berlin", "2026-10-25 01:30", "2026-10-25 02:30", "UTC+1", "Central European Standard Time")]
    [InlineData("Australia/Sydney", "2026-01-14 22:00", "2026-01-15 09:00", "UTC+11", "Australian Eastern Daylight Time")]
    [InlineData("Australia/Sydney", "2026-07-14 23:00", "2026-07-15 09:00", "UTC+10", "Australian Eastern Standard Time")]
    [InlineData("Asia/Kolkata", "2026-07-15 03:30", "2026-07-15 09:00", "UTC+5:30", "India Standard Time")]
    [InlineData("UTC", "2026-07-15 09:00", "2026-07-15 09:00", "UTC+0", "Coordinated Universal Time")]
    public void An_instant_shows_on_the_clients_clock_with_the_offset_in_force(string zone, string utc, string local, string offset, string name)
    {
        var moment = ClientLocalTime.ToLocal(Wall.Utc(utc), zone);

        Assert.Equal((local, offset, name), (Wall.Text(moment.Local), moment.OffsetLabel, moment.ZoneName));
    }

    [Fact]
    public void The_display_names_the_day_time_offset_and_zone()
    {
        var moment = ClientLocalTime.ToLocal(Wall.Utc("2026-11-01 05:30"), "America/New_York");

        Assert.Equal("Sunday 1 November 2026, 1:30 AM UTC\u22124 (Eastern Daylight Time)", moment.Display);
    }

    [Fact]
    public void An_unknown_zone_shows_utc_and_says_so()
    {
        var moment = ClientLocalTime.ToLocal(Wall.Utc("2026-07-15 09:00"), "Mars/Olympus_Mons");

        Assert.Equal(("2026-07-15 09:00", "UTC+0"), (Wall.Text(moment.Local), moment.OffsetLabel));
    }
}
