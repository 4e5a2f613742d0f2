using System.Text;
using Cadence.Instagram.Tests.Support;

namespace Cadence.Instagram.Tests.Webhooks;

public sealed class WebhookSecurityTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"object":"instagram","entry":[]}""");

    [Fact]
    public void The_handshake_echoes_the_challenge_when_the_token_matches()
    {
        using var fake = new FakeInstagram();

        Assert.Equal("1158201444", fake.Get<InstagramWebhooks>().VerifySubscription("subscribe", "verify-me", "1158201444"));
    }

    [Theory]
    [InlineData("subscribe", "wrong")]
    [InlineData("unsubscribe", "verify-me")]
    [InlineData(null, "verify-me")]
    [InlineData("subscribe", null)]
    public void The_handshake_is_refused_otherwise(string? mode, string? token)
    {
        using var fake = new FakeInstagram();

        Assert.Null(fake.Get<InstagramWebhooks>().VerifySubscription(mode, token, "1158201444"));
    }

    [Fact]
    public void A_body_signed_with_the_app_secret_is_accepted()
    {
        using var fake = new FakeInstagram();

        Assert.True(fake.Get<InstagramWebhooks>().IsSignatureValid(Body, InstagramWebhooks.Sign(Body, FakeInstagram.AppSecret)));
    }

    [Fact]
    public void A_signature_computed_by_openssl_is_accepted()
    {
        using var fake = new FakeInstagram();

        // printf '%s' "$body" | openssl dgst -sha256 -hmac app-secret-123
        Assert.True(fake.Get<InstagramWebhooks>().IsSignatureValid(Body, "sha256=19402fcbb09535e7404cf2423c968b7a225343b100a61160b42d02787d9d9e38"));
    }

    [Theory]
    [InlineData("other-secret")]
    [InlineData(null)]
    public void A_bad_or_missing_signature_is_refused(string? secret)
    {
        using var fake = new FakeInstagram();

        Assert.False(fake.Get<InstagramWebhooks>().IsSignatureValid(Body, secret is null ? null : InstagramWebhooks.Sign(Body, secret)));
        Assert.False(fake.Get<InstagramWebhooks>().IsSignatureValid(Body, "sha256=not-hex"));
        Assert.False(fake.Get<InstagramWebhooks>().IsSignatureValid(Body, "sha1=" + InstagramWebhooks.Sign(Body, FakeInstagram.AppSecret)[7..]));
    }

    [Fact]
    public void A_body_changed_after_signing_is_refused()
    {
        using var fake = new FakeInstagram();
        var signature = InstagramWebhooks.Sign(Body, FakeInstagram.AppSecret);
        var reformatted = Encoding.UTF8.GetBytes("""{"object": "instagram", "entry": []}""");

        Assert.False(fake.Get<InstagramWebhooks>().IsSignatureValid(reformatted, signature));
    }
}
