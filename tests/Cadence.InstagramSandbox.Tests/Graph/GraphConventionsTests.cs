using System.Net;
using System.Net.Http.Headers;
using Cadence.InstagramSandbox.Tests.Infrastructure;

namespace Cadence.InstagramSandbox.Tests.Graph;

public sealed class GraphConventionsTests(SandboxFactory factory) : IClassFixture<SandboxFactory>
{
    private readonly SandboxApi api = factory.Api();

    [Fact]
    public async Task Me_with_fields_answers_app_scoped_id_and_professional_user_id()
    {
        var account = await api.CreateAccountAsync(followers: 321);

        var me = (await api.GetAsync("/v25.0/me?fields=id,user_id,username,account_type,followers_count,media_count", account.Token)).ShouldSucceed();

        Assert.Equal(account.AppScopedId, me.Body["id"]!.GetValue<string>());
        Assert.Equal(account.IgId, me.Body["user_id"]!.GetValue<string>());
        Assert.Equal(account.Username, me.Body["username"]!.GetValue<string>());
        Assert.Equal("BUSINESS", me.Body["account_type"]!.GetValue<string>());
        Assert.Equal(321, me.Body["followers_count"]!.GetValue<int>());
        Assert.Null(me.Body["profile_picture_url"]);
        Assert.True(long.Parse(account.AppScopedId, System.Globalization.CultureInfo.InvariantCulture) > (1L << 53));
    }

    [Fact]
    public async Task Without_fields_a_node_answers_only_its_id()
    {
        var account = await api.CreateAccountAsync();

        var me = (await api.GetAsync($"/{account.IgId}", account.Token)).ShouldSucceed();

        Assert.Equal(account.IgId, me.Body["id"]!.GetValue<string>());
        Assert.Single(me.Body.AsObject());
    }

    [Fact]
    public async Task Token_is_accepted_from_query_bearer_header_and_form_body_with_or_without_version()
    {
        var account = await api.CreateAccountAsync();

        (await api.GetAsync("/me?fields=username", account.Token)).ShouldSucceed();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/v24.0/me?fields=username", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", account.Token);
        var bearer = await api.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, bearer.StatusCode);
        (await api.PostFormAsync($"/{account.IgId}/subscribed_apps", account.Token,
            new Dictionary<string, string> { ["subscribed_fields"] = "comments,messages" })).ShouldSucceed();
        var subscribed = (await api.GetAsync($"/{account.AppScopedId}/subscribed_apps", account.Token)).ShouldSucceed();
        Assert.Equal("comments", subscribed.Body["data"]![0]!["subscribed_fields"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Garbage_token_answers_190_with_the_WWW_Authenticate_header()
    {
        var response = await api.GetAsync("/me", "not-a-token");

        response.ShouldFail(190, null);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith("OAuth \"Facebook Platform\" \"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.NotNull(response.Body["error"]!["fbtrace_id"]);
    }

    [Fact]
    public async Task Revoked_token_answers_190_subcode_458()
    {
        var account = await api.CreateAccountAsync();
        await api.AdminAsync(HttpMethod.Post, "tokens/revoke", new() { ["access_token"] = account.Token });

        (await api.GetAsync("/me", account.Token)).ShouldFail(190, 458);
    }

    [Fact]
    public async Task Unknown_object_answers_100_subcode_33()
    {
        var account = await api.CreateAccountAsync();

        (await api.GetAsync("/999999999?fields=id", account.Token)).ShouldFail(100, 33);
    }

    [Fact]
    public async Task Injected_fault_answers_the_given_code_for_the_next_calls_to_that_path_only()
    {
        var account = await api.CreateAccountAsync();
        await api.AdminAsync(HttpMethod.Post, "faults/path", new() { ["path"] = "/" + account.IgId, ["code"] = 2, ["status"] = 500, ["count"] = 2 });

        var first = await api.GetAsync($"/{account.IgId}?fields=username", account.Token);
        var second = await api.GetAsync($"/{account.IgId}?fields=username", account.Token);
        var third = await api.GetAsync($"/{account.IgId}?fields=username", account.Token);

        first.ShouldFail(2, null);
        Assert.Equal(HttpStatusCode.InternalServerError, first.Status);
        Assert.True(first.Body["error"]!["is_transient"]!.GetValue<bool>());
        second.ShouldFail(2, null);
        third.ShouldSucceed();
    }

    [Fact]
    public async Task Latency_fault_delays_answers()
    {
        var account = await api.CreateAccountAsync();
        await api.AdminAsync(HttpMethod.Post, "faults", new() { ["latency_ms"] = 300 });
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            (await api.GetAsync("/me", account.Token)).ShouldSucceed();
            Assert.True(watch.ElapsedMilliseconds >= 280, $"took {watch.ElapsedMilliseconds} ms");
        }
        finally
        {
            await api.AdminAsync(HttpMethod.Delete, "faults");
        }
    }

    [Fact]
    public async Task Error_rate_fault_answers_transient_500s_until_cleared()
    {
        var account = await api.CreateAccountAsync();
        await api.AdminAsync(HttpMethod.Post, "faults", new() { ["error_rate"] = 1.0 });
        try
        {
            var failed = await api.GetAsync("/me", account.Token);
            failed.ShouldFail(2, null);
            Assert.Equal(HttpStatusCode.InternalServerError, failed.Status);
        }
        finally
        {
            await api.AdminAsync(HttpMethod.Delete, "faults");
        }
        (await api.GetAsync("/me", account.Token)).ShouldSucceed();
    }
}
