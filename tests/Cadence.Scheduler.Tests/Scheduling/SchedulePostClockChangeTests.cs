using Cadence.Testing;
using Cadence.Scheduler.Features.Scheduling;
using static Cadence.Scheduler.Tests.Scheduling.SchedulingTestKit;

namespace Cadence.Scheduler.Tests.Scheduling;

/// <summary>Booking through SchedulePost on the days the clocks change in New York and Berlin (2027).</summary>
public sealed class SchedulePostClockChangeTests(SchedulingAppFactory app) : IClassFixture<SchedulingAppFactory>
{
    [Theory]
    [InlineData("America/New_York", 2027, 3, 14, "doesn't exist on Sunday 14 March 2027")]
    [InlineData("Europe/Berlin", 2027, 3, 28, "doesn't exist on Sunday 28 March 2027")]
    public async Task Half_past_two_on_the_spring_forward_day_is_refused_with_the_explanation_and_nothing_is_booked(string zone, int year, int month, int day, string explanation)
    {
        var (tenant, post) = await BookableAsync(zone);

        var result = await app.ScheduleAtAsync(tenant.AgencyId, post, new DateOnly(year, month, day), new TimeOnly(2, 30));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Time", error.Field);
        Assert.Contains(explanation, error.Message, StringComparison.Ordinal);
        Assert.Null(await app.BookingAsync(post));
    }

    [Fact]
    public async Task Half_past_one_on_new_yorks_fall_back_day_needs_a_choice_and_each_choice_books_its_own_instant()
    {
        var (tenant, post) = await BookableAsync("America/New_York");
        var day = new DateOnly(2027, 11, 7);

        var unchosen = await app.ScheduleAtAsync(tenant.AgencyId, post, day, new TimeOnly(1, 30));
        Assert.Contains("happens twice", Assert.Single(unchosen.Errors).Message, StringComparison.Ordinal);
        Assert.Null(await app.BookingAsync(post));

        var earlier = await app.ScheduleAtAsync(tenant.AgencyId, post, day, new TimeOnly(1, 30), AmbiguousTimeChoice.Earlier);
        Assert.Equal(Utc(2027, 11, 7, 5, 30), earlier.Value.DueAtUtc);
        Assert.Equal(Utc(2027, 11, 7, 5, 30), (await app.TargetOfAsync(post)).DueAtUtc);

        var later = await app.ScheduleAtAsync(tenant.AgencyId, post, day, new TimeOnly(1, 30), AmbiguousTimeChoice.Later);
        Assert.Equal(Utc(2027, 11, 7, 6, 30), later.Value.DueAtUtc);
        Assert.Equal(Utc(2027, 11, 7, 6, 30), (await app.TargetOfAsync(post)).DueAtUtc);
    }

    [Fact]
    public async Task Half_past_one_on_berlins_fall_back_day_happens_once_and_is_booked_without_a_choice()
    {
        var (tenant, post) = await BookableAsync("Europe/Berlin");

        var booked = await app.ScheduleAtAsync(tenant.AgencyId, post, new DateOnly(2027, 10, 31), new TimeOnly(1, 30));

        Assert.True(booked.Succeeded, string.Join(" ", booked.Errors.Select(e => e.Message)));
        Assert.Equal(Utc(2027, 10, 30, 23, 30), booked.Value.DueAtUtc);
        Assert.Equal(Utc(2027, 10, 30, 23, 30), (await app.TargetOfAsync(post)).DueAtUtc);
    }

    [Fact]
    public async Task Half_past_two_on_berlins_fall_back_day_needs_a_choice_between_summer_and_winter_time()
    {
        var (tenant, post) = await BookableAsync("Europe/Berlin");
        var day = new DateOnly(2027, 10, 31);

        var unchosen = await app.ScheduleAtAsync(tenant.AgencyId, post, day, new TimeOnly(2, 30));
        var later = await app.ScheduleAtAsync(tenant.AgencyId, post, day, new TimeOnly(2, 30), AmbiguousTimeChoice.Later);

        Assert.Contains("happens twice", Assert.Single(unchosen.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(Utc(2027, 10, 31, 1, 30), later.Value.DueAtUtc);
    }

    private async Task<(Tenant Tenant, Guid PostId)> BookableAsync(string zone)
    {
        var agencyId = (await app.CreateAgencyAsync()).AgencyId;
        var clientId = await app.CreateClientAsync(agencyId, timeZone: zone);
        var accountId = await app.AddLinkedAccountAsync(agencyId, clientId, "dst" + Guid.NewGuid().ToString("N")[..8]);
        var tenant = new Tenant(agencyId, clientId, accountId);
        return (tenant, app.Post(tenant).PostId);
    }
}
