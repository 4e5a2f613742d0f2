using System.Net;
using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.Tests.Infrastructure;

namespace Cadence.InstagramSandbox.Tests.Publishing;

public sealed class LimitsTests(CappedSandboxFactory factory, LoopbackServer files) : IClassFixture<CappedSandboxFactory>, IClassFixture<LoopbackServer>
{
    private readonly SandboxApi api = factory.Api();

    [Fact]
    public async Task Containers_over_the_daily_cap_are_refused_until_the_window_rolls()
    {
        var account = await api.CreateAccountAsync();
        var image = new JsonObject { ["image_url"] = $"{files.BaseUrl}/img/1080x1080.jpg" };

        (await api.PostJsonAsync("/me/media", account.Token, (JsonObject)image.DeepClone())).ShouldSucceed();
        (await api.PostJsonAsync("/me/media", account.Token, (JsonObject)image.DeepClone())).ShouldSucceed();
        (await api.PostJsonAsync("/me/media", account.Token, (JsonObject)image.DeepClone())).ShouldFail(9, 2207042);

        await api.AdvanceAsync(TimeSpan.FromHours(24.01));
        (await api.PostJsonAsync("/me/media", account.Token, (JsonObject)image.DeepClone())).ShouldSucceed();
    }

    [Fact]
    public async Task Consent_page_refuses_an_unregistered_redirect_uri()
    {
        var registered = await api.Http.GetAsync(new Uri(
            "/oauth/authorize?client_id=1234567890&response_type=code&scope=instagram_business_basic&redirect_uri=https%3A%2F%2Fcadence.test%2Finstagram%2Fcallback", UriKind.Relative));
        var trailingSlash = await api.Http.GetAsync(new Uri(
            "/oauth/authorize?client_id=1234567890&response_type=code&scope=instagram_business_basic&redirect_uri=https%3A%2F%2Fcadence.test%2Finstagram%2Fcallback%2F", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, trailingSlash.StatusCode);
    }
}
