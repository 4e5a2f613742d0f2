using Cadence.Instagram.Tests.Support;
using Microsoft.Extensions.Options;

namespace Cadence.Instagram.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void Settings_from_the_Instagram_section_are_bound()
    {
        using var fake = new FakeInstagram(new() { ["Instagram:GraphBaseUrl"] = "http://localhost:5000/sandbox", ["Instagram:ApiVersion"] = "v24.0" });

        var options = fake.Get<IOptions<InstagramOptions>>().Value;

        Assert.Equal("http://localhost:5000/sandbox", options.GraphBaseUrl);
        Assert.Equal("v24.0", options.ApiVersion);
        Assert.Equal(FakeInstagram.AppSecret, options.AppSecret);
    }

    [Theory]
    [InlineData("Instagram:GraphBaseUrl", "not a url")]
    [InlineData("Instagram:ApiBaseUrl", "ftp://api.instagram.com")]
    [InlineData("Instagram:ApiVersion", "25")]
    [InlineData("Instagram:RedirectUri", "/relative")]
    public void Invalid_settings_are_refused(string key, string value)
    {
        using var fake = new FakeInstagram(new() { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => fake.Get<IOptions<InstagramOptions>>().Value);

        Assert.Contains(key.Split(':')[1], failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Access_never_prints_its_token()
    {
        Assert.DoesNotContain(FakeInstagram.Token, FakeInstagram.Access.ToString(), StringComparison.Ordinal);
    }
}
