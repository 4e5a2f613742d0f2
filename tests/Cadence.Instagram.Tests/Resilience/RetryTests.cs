using System.Net;
using Cadence.Instagram.Tests.Support;

namespace Cadence.Instagram.Tests.Resilience;

public sealed class RetryTests
{
    [Fact]
    public async Task A_burst_of_5xx_on_a_read_is_retried_until_it_succeeds()
    {
        using var fake = new FakeInstagram();
        fake.Handler
            .Reply(HttpStatusCode.InternalServerError, Fixtures.Error(2, transient: true))
            .Reply(HttpStatusCode.BadGateway, "<html/>")
            .ReplyOk("""{"id":"1","username":"demo"}""");

        var account = await fake.Get<IInstagramAccounts>().GetAccountAsync(FakeInstagram.Access);

        Assert.Equal("demo", account.Username);
        Assert.Equal(3, fake.Handler.Requests.Count);
    }

    [Fact]
    public async Task A_read_gives_up_after_the_configured_retries_with_a_transient_error()
    {
        using var fake = new FakeInstagram(new() { ["Instagram:MaxRetryAttempts"] = "2" });
        for (var i = 0; i < 3; i++)
        {
            fake.Handler.Reply(HttpStatusCode.ServiceUnavailable, Fixtures.Error(1));
        }

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => fake.Get<IInstagramAccounts>().GetAccountAsync(FakeInstagram.Access));

        Assert.Equal(InstagramErrorKind.Transient, failure.Error.Kind);
        Assert.Equal(3, fake.Handler.Requests.Count);
    }

    [Fact]
    public async Task A_400_error_on_a_read_is_not_retried()
    {
        using var fake = new FakeInstagram();
        fake.Handler.Reply(HttpStatusCode.BadRequest, Fixtures.SessionExpired);

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => fake.Get<IInstagramAccounts>().GetAccountAsync(FakeInstagram.Access));

        Assert.True(failure.Error.RequiresReconnect);
        Assert.Single(fake.Handler.Requests);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_read_is_retried()
    {
        using var fake = new FakeInstagram();
        fake.Handler.FailConnection().ReplyOk("""{"id":"1","username":"demo"}""");

        var account = await fake.Get<IInstagramAccounts>().GetAccountAsync(FakeInstagram.Access);

        Assert.Equal("demo", account.Username);
        Assert.Equal(2, fake.Handler.Requests.Count);
    }

    [Fact]
    public async Task A_dropped_connection_on_media_publish_is_reported_as_transient_after_one_attempt()
    {
        using var fake = new FakeInstagram();
        fake.Handler.FailConnection().ReplyOk("""{"id":"would-be-a-duplicate"}""");

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => fake.Get<IInstagramPublishing>().PublishAsync(FakeInstagram.Access, "17889"));

        Assert.Equal(InstagramErrorKind.Transient, failure.Error.Kind);
        Assert.IsType<HttpRequestException>(failure.InnerException);
        Assert.Single(fake.Handler.Requests);
    }

    [Fact]
    public async Task A_400_marked_transient_on_a_read_is_retried()
    {
        using var fake = new FakeInstagram();
        fake.Handler.Reply(HttpStatusCode.BadRequest, Fixtures.Error(2, message: "Service temporarily unavailable", transient: true))
            .ReplyOk("""{"id":"1","username":"demo"}""");

        var account = await fake.Get<IInstagramAccounts>().GetAccountAsync(FakeInstagram.Access);

        Assert.Equal("demo", account.Username);
        Assert.Equal(2, fake.Handler.Requests.Count);
    }

    [Fact]
    public async Task A_transient_400_that_persists_still_reaches_the_caller_with_its_envelope()
    {
        using var fake = new FakeInstagram(new() { ["Instagram:MaxRetryAttempts"] = "1" });
        fake.Handler.Reply(HttpStatusCode.BadRequest, Fixtures.Error(1, message: "An unknown error occurred", transient: true))
            .Reply(HttpStatusCode.BadRequest, Fixtures.Error(1, message: "An unknown error occurred", transient: true));

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => fake.Get<IInstagramAccounts>().GetAccountAsync(FakeInstagram.Access));

        Assert.Equal(("An unknown error occurred", InstagramErrorKind.Transient), (failure.Error.Message, failure.Error.Kind));
        Assert.Equal(2, fake.Handler.Requests.Count);
    }
}
