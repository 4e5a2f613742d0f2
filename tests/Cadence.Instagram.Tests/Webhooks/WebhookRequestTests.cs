using System.Text;
using Cadence.Instagram.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Cadence.Instagram.Tests.Webhooks;

public sealed class WebhookRequestTests
{
    private const string Body = """{"object":"instagram","entry":[{"id":"1784","time":1520622968,"changes":[{"field":"comments","value":{"id":"c1","text":"hi"}}]}]}""";

    [Theory]
    [InlineData("?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=42")]
    [InlineData("?hub_mode=subscribe&hub_verify_token=verify-me&hub_challenge=42")]
    public void The_handshake_reads_dotted_and_underscored_keys(string query)
    {
        using var fake = new FakeInstagram();
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);

        Assert.Equal("42", fake.Get<InstagramWebhooks>().VerifySubscription(context.Request.Query));
    }

    [Fact]
    public async Task A_signed_request_is_read_and_parsed()
    {
        using var fake = new FakeInstagram();

        var payload = await fake.Get<InstagramWebhooks>().ReadSignedAsync(Request(Body, InstagramWebhooks.Sign(Encoding.UTF8.GetBytes(Body), FakeInstagram.AppSecret)));

        Assert.Equal("c1", payload!.Entries[0].Changes[0].Comment!.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha256=00")]
    public async Task An_unsigned_or_badly_signed_request_is_refused(string? signature)
    {
        using var fake = new FakeInstagram();

        Assert.Null(await fake.Get<InstagramWebhooks>().ReadSignedAsync(Request(Body, signature)));
    }

    [Fact]
    public async Task A_signed_body_that_is_not_json_is_refused()
    {
        using var fake = new FakeInstagram();
        const string notJson = "not json";

        Assert.Null(await fake.Get<InstagramWebhooks>().ReadSignedAsync(Request(notJson, InstagramWebhooks.Sign(Encoding.UTF8.GetBytes(notJson), FakeInstagram.AppSecret))));
    }

    private static HttpRequest Request(string body, string? signature)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        if (signature is not null)
        {
            context.Request.Headers[InstagramWebhooks.SignatureHeader] = signature;
        }

        return context.Request;
    }
}
