using Cadence.Scheduler.Features.Scheduling;

namespace Cadence.Scheduler.Tests.Scheduling;

public sealed class ClientLocalTimeToUtcTests
{
    [Theory]
    [InlineData("America/New_York", "2026-01-15 09:00", "2026-01-15 14:00")]
    [InlineData("America/New_York", "2026-07-15 09:00", "2026-07-15 13:00")]
    [InlineData("America/New_York", "2026-03-08 01:30", "2026-03-08 06:30")]
    [InlineData("America/New_York", "2026-03-08 01:59", "2026-03-08 06:59")]
    [InlineData("America/New_York", "2026-03-08 03:00", "2026-03-08 07:00")]
    [InlineData("America/New_York", "2026-03-08 03:30", "2026-03-08 07:30")]
    [InlineData("America/New_York", "2026-11-01 00:30", "2026-11-01 04:30")]
    [InlineData("America/New_York", "2026-11-01 00:59", "2026-11-01 04:59")]
    [InlineData("America/New_York", "2026-11-01 02:00", "2026-11-01 07:00")]
    [InlineData("America/New_York", "2026-11-01 02:30", "2026-11-01 07:30")]
    [InlineData("Europe/Berlin", "2026-01-15 09:00", "2026-01-15 08:00")]
    [InlineData("Europe/Berlin", "2026-07-15 09:00", "2026-07-15 07:00")]
    [InlineData("Europe/Berlin", "2026-03-29 01:30", "2026-03-29 00:30")]
    [InlineData("Europe/Berlin", "2026-03-29 03:00", "2026-03-29 01:00")]
    [InlineData("Europe/Berlin", "2026-03-29 03:30", "2026-03-29 01:30")]
    [InlineData("Europe/Berlin", "2026-10-25 01:30", "2026-10-24 23:30")]
    [InlineData("Europe/Berlin", "2026-10-25 03:00", "2026-10-25 02:00")]
    [InlineData("Europe/Berlin", "2026-10-25 03:30", "2026-10-25 02:30")]
    [InlineData("UTC", "2026-03-08 02:30", "2026-03-08 02:30")]
    [InlineData("UTC", "2026-10-25 02:30", "2026-10-25 02:30")]
    [InlineData("Australia/Sydney", "2026-01-15 09:00", "2026-01-14 22:00")]
    [InlineData("Australia/Sydney", "2026-07-15 09:00", "2026-07-14 23:00")]
    [InlineData("Australia/Sydney", "2026-10-04 01:30", "2026-10-03 15:30")]
    [InlineData("Australia/Sydney", "2026-10-04 03:30", "2026-10-03 16:30")]
    [InlineData("Australia/Sydney", "2026-04-05 01:30", "2026-04-04 14:30")]
    [InlineData("Australia/Sydney", "2026-04-05 03:30", "2026-04-04 17:30")]
    [InlineData("Asia/Kolkata", "2026-03-08 02:30", "2026-03-07 21:00")]
    [InlineData("Asia/Kolkata", "2026-07-15 09:00", "2026-07-15 03:30")]
    [InlineData("Australia/Lord_Howe", "2026-10-04 02:30", "2026-10-03 15:30")]
    public void A_time_that_exists_once_converts_to_its_one_instant(string zone, string local, string utc)
    {
        var result = ClientLocalTime.ToUtc(Wall.Date(local), Wall.Time(local), zone);

        Assert.Empty(result.Errors);
        Assert.Equal(utc, Wall.Text(result.Value));
        Assert.Equal(DateTimeKind.Utc, result.Value.Kind);
    }

    [Theory]
    [InlineData("America/New_York", "2026-11-01 01:30", "Earlier", "2026-11-01 05:30")]
    [InlineData("America/New_York", "2026-11-01 01:30", "Later", "2026-11-01 06:30")]
    [InlineData("America/New_York", "2026-11-01 01:00", "Earlier", "2026-11-01 05:00")]
    [InlineData("America/New_York", "2026-11-01 01:59", "Later", "2026-11-01 06:59")]
    [InlineData("Europe/Berlin", "2026-10-25 02:30", "Earlier", "2026-10-25 00:30")]
    [InlineData("Europe/Berlin", "2026-10-25 02:30", "Later", "2026-10-25 01:30")]
    [InlineData("Europe/Berlin", "2026-10-25 02:00", "Earlier", "2026-10-25 00:00")]
    [InlineData("Australia/Sydney", "2026-04-05 02:30", "Earlier", "2026-04-04 15:30")]
    [InlineData("Australia/Sydney", "2026-04-05 02:30", "Later", "2026-04-04 16:30")]
    [InlineData("Australia/Lord_Howe", "2026-04-05 01:45", "Earlier", "2026-04-04 14:45")]
    [InlineData("Australia/Lord_Howe", "2026-04-05 01:45", "Later", "2026-04-04 15:15")]
    public void A_time_that_happens_twice_converts_to_the_occurrence_chosen(string zone, string local, string choice, string utc)
    {
        var result = ClientLocalTime.ToUtc(Wall.Date(local), Wall.Time(local), zone, Enum.Parse<AmbiguousTimeChoice>(choice));

        Assert.Equal(utc, Wall.Text(result.Value));
    }

    [Theory]
    [InlineData("Earlier")]
    [InlineData("Later")]
    public void A_choice_changes_nothing_for_a_time_that_happens_once(string choice)
    {
        var result = ClientLocalTime.ToUtc(new DateOnly(2026, 7, 15), new TimeOnly(9, 0), "America/New_York", Enum.Parse<AmbiguousTimeChoice>(choice));

        Assert.Equal("2026-07-15 13:00", Wall.Text(result.Value));
    }
}
