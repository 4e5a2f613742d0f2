using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cadence.InstagramSandbox;
using Cadence.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Host.Tests.Platform;

public sealed class DevelopmentHostFactory : CadenceAppFactory
{
    protected override string EnvironmentName => "Development";
}

public sealed class ProductionHostFactory : CadenceAppFactory
{
    protected override string EnvironmentName => "Production";
}

public sealed partial class InstagramSandboxMountingTests
{
    private const string Redirect = "http://localhost:5000/instagram/callback";

    public sealed class InDevelopment(DevelopmentHostFactory factory) : IClassFixture<DevelopmentHostFactory>
    {
        [Fact]
        public async Task Anonymous_person_sees_the_demo_accounts_allows_and_the_code_gives_a_working_token()
        {
            var client = factory.CreateAnonymousClient();
            var query = $"client_id=1000000000000001&redirect_uri={Uri.EscapeDataString(Redirect)}&response_type=code&scope=instagram_business_basic&state=s";

            var page = await client.GetAsync(new Uri("/sandbox/oauth/authorize?" + query, UriKind.Relative));
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            foreach (var demo in new[] { "harbourcoffee", "brooklynbikes", "sakurastudio", "bondisurfco" })
            {
                Assert.Contains(demo, html, StringComparison.Ordinal);
            }
            Assert.Contains("mayapersonal (personal, 120 followers)", html, StringComparison.Ordinal);
            Assert.Contains("action=\"/sandbox/oauth/authorize\"", html, StringComparison.Ordinal);
            var accountId = AccountRadio().Match(html).Groups[1].Value;

            using var decision = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_id"] = "1000000000000001", ["redirect_uri"] = Redirect, ["response_type"] = "code",
                ["scope"] = "instagram_business_basic", ["state"] = "s", ["decision"] = "allow", ["account_id"] = accountId,
            });
            var redirect = await client.PostAsync(new Uri("/sandbox/oauth/authorize", UriKind.Relative), decision);
            Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
            var code = CodeParameter().Match(redirect.Headers.Location!.ToString()).Groups[1].Value;

            using var exchange = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_id"] = "1000000000000001", ["client_secret"] = "sandbox-app-secret", ["grant_type"] = "authorization_code",
                ["redirect_uri"] = Redirect, ["code"] = Uri.UnescapeDataString(code),
            });
            var tokenResponse = await client.PostAsync(new Uri("/sandbox/oauth/access_token", UriKind.Relative), exchange);
            Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
            var token = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();

            var me = await client.GetAsync(new Uri($"/sandbox/v25.0/me?fields=user_id,username&access_token={token}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Equal(accountId, JsonNode.Parse(await me.Content.ReadAsStringAsync())!["user_id"]!.GetValue<string>());
        }

        [Fact]
        public async Task Graph_errors_keep_Instagrams_envelope_inside_the_Host()
        {
            var client = factory.CreateAnonymousClient();

            var response = await client.GetAsync(new Uri("/sandbox/me?access_token=nope", UriKind.Relative));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(190, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<int>());
        }
    }

    public sealed class InProduction(ProductionHostFactory factory) : IClassFixture<ProductionHostFactory>
    {
        [Fact]
        public async Task Sandbox_is_neither_registered_nor_mounted()
        {
            var client = factory.CreateAnonymousClient();

            var response = await client.GetAsync(new Uri("/sandbox/oauth/authorize?client_id=1000000000000001", UriKind.Relative));
            var admin = await client.PostAsync(new Uri("/sandbox/_admin/accounts", UriKind.Relative), new StringContent("{}"));

            Assert.Null(factory.Services.GetService<SandboxClock>());
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("Log in with Instagram", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.NotEqual(HttpStatusCode.Created, admin.StatusCode);
        }
    }

    [GeneratedRegex("name=\"account_id\" value=\"(\\d+)\"")]
    private static partial Regex AccountRadio();

    [GeneratedRegex("code=([^&#]+)")]
    private static partial Regex CodeParameter();
}
