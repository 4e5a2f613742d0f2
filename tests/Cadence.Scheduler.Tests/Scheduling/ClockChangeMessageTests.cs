using Cadence.Scheduler.Features.Scheduling;

namespace Cadence.Scheduler.Tests.Scheduling;

public sealed class ClockChangeMessageTests
{
    [Theory]
    [InlineData("America/New_York", "2026-03-08 02:30",
        "2:30 AM doesn't exist on Sunday 8 March 2026 in New York: clocks jump from 2:00 AM to 3:00 AM. Choose 3:30 AM (an hour later) or another time.")]
    [InlineData("America/New_York", "2026-03-08 02:00",
        "2:00 AM doesn't exist on Sunday 8 March 2026 in New York: clocks jump from 2:00 AM to 3:00 AM. Choose 3:00 AM (an hour later) or another time.")]
    [InlineData("America/New_York", "2026-03-08 02:59",
        "2:59 AM doesn't exist on Sunday 8 March 2026 in New York: clocks jump from 2:00 AM to 3:00 AM. Choose 3:59 AM (an hour later) or another time.")]
    [InlineData("Europe/Berlin", "2026-03-29 02:30",
        "2:30 AM doesn't exist on Sunday 29 March 2026 in Berlin: clocks jump from 2:00 AM to 3:00 AM. Choose 3:30 AM (an hour later) or another time.")]
    [InlineData("Australia/Sydney", "2026-10-04 02:30",
        "2:30 AM doesn't exist on Sunday 4 October 2026 in Sydney: clocks jump from 2:00 AM to 3:00 AM. Choose 3:30 AM (an hour later) or another time.")]
    [InlineData("Australia/Lord_Howe", "2026-10-04 02:15",
        "2:15 AM doesn't exist on Sunday 4 October 2026 in Lord Howe: clocks jump from 2:00 AM to 2:30 AM. Choose 2:45 AM (30 minutes later) or another time.")]
    public void A_time_the_clocks_jump_over_is_refused_with_the_time_an_hour_on(string zone, string local, string message)
    {
        var result = ClientLocalTime.ToUtc(Wall.Date(local), Wall.Time(local), zone);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("validation", "Time", message), (error.Code, error.Field, error.Message));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Earlier")]
    [InlineData("Later")]
    public void A_choice_of_occurrence_does_not_make_a_skipped_time_exist(string? choice)
    {
        var result = ClientLocalTime.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), "Europe/Berlin", choice is null ? null : Enum.Parse<AmbiguousTimeChoice>(choice));

        Assert.Contains("doesn't exist", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("America/New_York", "2026-11-01 01:30",
        "1:30 AM happens twice on Sunday 1 November 2026 in New York: first at UTC\u22124 (Eastern Daylight Time), then at UTC\u22125 (Eastern Standard Time). Choose which.")]
    [InlineData("America/New_York", "2026-11-01 01:00",
        "1:00 AM happens twice on Sunday 1 November 2026 in New York: first at UTC\u22124 (Eastern Daylight Time), then at UTC\u22125 (Eastern Standard Time). Choose which.")]
    [InlineData("Europe/Berlin", "2026-10-25 02:30",
        "2:30 AM happens twice on Sunday 25 October 2026 in Berlin: first at UTC+2 (Central European Summer Time), then at UTC+1 (Central European Standard Time). Choose which.")]
    [InlineData("Australia/Sydney", "2026-04-05 02:30",
        "2:30 AM happens twice on Sunday 5 April 2026 in Sydney: first at UTC+11 (Australian Eastern Daylight Time), then at UTC+10 (Australian Eastern Standard Time). Choose which.")]
    public void A_time_that_happens_twice_without_a_choice_is_refused_naming_both_offsets(string zone, string local, string message)
    {
        var result = ClientLocalTime.ToUtc(Wall.Date(local), Wall.Time(local), zone);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("validation", "Time", message), (error.Code, error.Field, error.Message));
    }

    [Fact]
    public void A_jump_across_midnight_suggests_the_time_on_the_next_day()
    {
        var midnightJump = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 23, 30, 0), 3, 2, DayOfWeek.Saturday);
        var back = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 1, 0, 0), 11, 1, DayOfWeek.Sunday);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), midnightJump, back);
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/Midnight", TimeSpan.Zero, "Midnight", "Midnight", "Midnight Summer", [rule]);

        var result = ClientLocalTime.ToUtc(new DateOnly(2026, 3, 14), new TimeOnly(23, 45), new ClientTimeZone(zone, "Testville"));

        Assert.Equal(
            "11:45 PM doesn't exist on Saturday 14 March 2026 in Testville: clocks jump from 11:30 PM to 12:30 AM. Choose 12:45 AM on Sunday 15 March 2026 (an hour later) or another time.",
            Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_not_guessed()
    {
        var result = ClientLocalTime.ToUtc(new DateOnly(2026, 1, 15), new TimeOnly(9, 0), "Mars/Olympus_Mons");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("validation", "TimeZone"), (error.Code, error.Field));
        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
    }
}
