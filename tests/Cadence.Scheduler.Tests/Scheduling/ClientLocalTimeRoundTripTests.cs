using Cadence.Scheduler.Features.Scheduling;

namespace Cadence.Scheduler.Tests.Scheduling;

public sealed class ClientLocalTimeRoundTripTests
{
    [Theory]
    [InlineData("America/New_York", "2026-03-08 00:00")]
    [InlineData("America/New_York", "2026-11-01 00:00")]
    [InlineData("Europe/Berlin", "2026-03-29 00:00")]
    [InlineData("Europe/Berlin", "2026-10-25 00:00")]
    [InlineData("Australia/Sydney", "2026-04-05 00:00")]
    [InlineData("Australia/Sydney", "2026-10-04 00:00")]
    [InlineData("Asia/Kolkata", "2026-03-08 00:00")]
    public void Every_minute_of_a_change_day_converts_back_to_itself_or_is_explained(string zone, string midnight)
    {
        var start = Wall.Utc(midnight);
        for (var local = start; local < start.AddDays(1); local = local.AddMinutes(1))
        {
            var earlier = ClientLocalTime.ToUtc(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone, AmbiguousTimeChoice.Earlier);
            var later = ClientLocalTime.ToUtc(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone, AmbiguousTimeChoice.Later);
            if (!earlier.Succeeded)
            {
                Assert.Contains("doesn't exist", earlier.Errors[0].Message, StringComparison.Ordinal);
                continue;
            }

            Assert.Equal(Wall.Text(local), Wall.Text(ClientLocalTime.ToLocal(earlier.Value, zone).Local));
            Assert.Equal(Wall.Text(local), Wall.Text(ClientLocalTime.ToLocal(later.Value, zone).Local));
            Assert.True(earlier.Value <= later.Value);
        }
    }

    [Theory]
    [InlineData("America/New_York", "2026-11-01 03:00")]
    [InlineData("Europe/Berlin", "2026-10-24 22:00")]
    [InlineData("Australia/Sydney", "2026-04-04 14:00")]
    public void Every_instant_across_a_fall_back_is_reached_by_one_choice(string zone, string utcStart)
    {
        var start = Wall.Utc(utcStart);
        for (var utc = start; utc < start.AddHours(5); utc = utc.AddMinutes(1))
        {
            var local = ClientLocalTime.ToLocal(utc, zone).Local;
            var reached = new[] { AmbiguousTimeChoice.Earlier, AmbiguousTimeChoice.Later }
                .Select(choice => ClientLocalTime.ToUtc(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone, choice).Value);

            Assert.Contains(utc, reached);
        }
    }
}
