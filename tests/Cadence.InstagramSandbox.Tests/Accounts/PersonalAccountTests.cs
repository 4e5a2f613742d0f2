using System.Net;
using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.Tests.Infrastructure;

namespace Cadence.InstagramSandbox.Tests.Accounts;

public sealed class PersonalAccountTests(SandboxFactory factory, LoopbackServer files) : IClassFixture<SandboxFactory>, IClassFixture<LoopbackServer>
{
    private const string AuthorizeQuery =
        "client_id=1234567890&redirect_uri=https%3A%2F%2Fcadence.test%2Finstagram%2Fcallback&response_type=code&scope=instagram_business_basic&state=s";

    private readonly SandboxApi api = factory.Api();

    [Fact]
    public async Task Personal_account_is_created_and_me_answers_its_account_type()
    {
        var account = await api.CreateAccountAsync("personal", followers: 120, type: "PERSONAL");

        var me = (await api.GetAsync("/v25.0/me?fields=user_id,username,account_type", account.Token)).ShouldSucceed();

        Assert.Equal(account.IgId, me.Body["user_id"]!.GetValue<string>());
        Assert.Equal("PERSONAL", me.Body["account_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_account_type_is_refused_naming_the_three_accepted()
    {
        var created = await api.AdminAsync(HttpMethod.Post, "accounts", new JsonObject { ["username"] = "privateone", ["account_type"] = "PRIVATE" });

        created.ShouldFail(100, null);
        Assert.Contains("PERSONAL", created.Body["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_page_lists_a_personal_account_as_personal()
    {
        var account = await api.CreateAccountAsync("personal", followers: 120, type: "PERSONAL");

        var response = await api.Http.GetAsync(new Uri("/oauth/authorize?" + AuthorizeQuery, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"{account.Username} (personal, 120 followers)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Personal_account_cannot_create_containers_publish_or_read_its_publishing_limit()
    {
        var personal = await api.CreateAccountAsync("personal", type: "PERSONAL");
        var business = await api.CreateAccountAsync("business");
        var image = new JsonObject { ["image_url"] = $"{files.BaseUrl}/img/1080x1080.jpg" };

        (await api.PostJsonAsync($"/{business.IgId}/media", business.Token, image.DeepClone().AsObject())).ShouldSucceed();
        (await api.PostJsonAsync($"/{personal.IgId}/media", personal.Token, image)).ShouldFail(10, null);
        (await api.PostFormAsync("/me/media_publish", personal.Token, new Dictionary<string, string> { ["creation_id"] = "17900000000000001" }))
            .ShouldFail(10, null);
        var limit = await api.GetAsync("/me/content_publishing_limit", personal.Token);
        limit.ShouldFail(10, null);
        Assert.Equal("(#10) Application does not have permission for this action", limit.Body["error"]!["message"]!.GetValue<string>());
        (await api.GetAsync("/me/media", personal.Token)).ShouldSucceed();
    }
}

public sealed class PersonalDemoAccountTests(PersonalDemoSandboxFactory factory) : IClassFixture<PersonalDemoSandboxFactory>
{
    [Fact]
    public async Task Personal_demo_account_is_provisioned_at_start()
    {
        var accounts = (await factory.Api().AdminAsync(HttpMethod.Get, "accounts")).ShouldSucceed();

        var maya = Assert.Single(accounts.Body["data"]!.AsArray(), a => a!["username"]!.GetValue<string>() == "mayapersonal")!;
        Assert.Equal("PERSONAL", maya["account_type"]!.GetValue<string>());
        Assert.Equal(120, maya["followers_count"]!.GetValue<int>());
    }
}
