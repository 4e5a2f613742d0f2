using System.Net;
using Cadence.Instagram.Tests.Support;

namespace Cadence.Instagram.Tests.Errors;

public sealed class ThrottlingTests
{
    [Fact]
    public void The_wait_comes_from_the_business_use_case_estimate_in_minutes()
    {
        using var response = Response((UsageHeaders.BusinessUseCaseUsage, Fixtures.BusinessUsageThrottled));

        var error = InstagramErrorParser.Parse(HttpStatusCode.BadRequest, Fixtures.Error(80002), response.Headers);

        Assert.Equal(InstagramErrorKind.RateLimited, error.Kind);
        Assert.Equal(TimeSpan.FromMinutes(7), error.RetryAfter);
    }

    [Fact]
    public void App_usage_at_its_limit_waits_for_the_hourly_window()
    {
        using var response = Response((UsageHeaders.AppUsage, """{"call_count":100,"total_cputime":25,"total_time":25}"""));

        var error = InstagramErrorParser.Parse(HttpStatusCode.BadRequest, Fixtures.Error(4), response.Headers);

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
    }

    [Fact]
    public void Throttling_without_usage_headers_waits_the_default()
    {
        var error = InstagramErrorParser.Parse(HttpStatusCode.BadRequest, Fixtures.Error(17));

        Assert.Equal(UsageHeaders.DefaultWait, error.RetryAfter);
    }

    [Fact]
    public void Usage_below_the_limit_asks_for_no_wait()
    {
        using var response = Response((UsageHeaders.AppUsage, """{"call_count":28,"total_cputime":25,"total_time":25}"""));

        Assert.Null(UsageHeaders.WaitFrom(response.Headers));
    }

    [Fact]
    public async Task A_throttled_read_throws_with_the_wait_and_is_not_retried()
    {
        using var fake = new FakeInstagram();
        fake.Handler.Reply(HttpStatusCode.BadRequest, Fixtures.Error(80002, message: "throttled"), (UsageHeaders.BusinessUseCaseUsage, Fixtures.BusinessUsageThrottled));

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => fake.Get<IInstagramAccounts>().GetAccountAsync(FakeInstagram.Access));

        Assert.Equal(InstagramErrorKind.RateLimited, failure.Error.Kind);
        Assert.Equal(TimeSpan.FromMinutes(7), failure.Error.RetryAfter);
        Assert.Single(fake.Handler.Requests);
    }

    private static HttpResponseMessage Response(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(HttpStatusCode.BadRequest);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
