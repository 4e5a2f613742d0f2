using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cadence.Instagram.Tests.Support;

/// <summary>The client as the Host registers it, with every HTTP call answered by a <see cref="StubHandler"/>.</summary>
internal sealed class FakeInstagram : IDisposable
{
    public const string AppSecret = "app-secret-123";
    public const string Token = "IGAAtoken";
    private readonly ServiceProvider provider;

    public FakeInstagram(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Instagram:AuthBaseUrl"] = "https://www.instagram.com",
            ["Instagram:ApiBaseUrl"] = "https://api.instagram.com",
            ["Instagram:GraphBaseUrl"] = "https://graph.instagram.com",
            ["Instagram:ApiVersion"] = "v25.0",
            ["Instagram:AppId"] = "990602627938098",
            ["Instagram:AppSecret"] = AppSecret,
            ["Instagram:RedirectUri"] = "https://cadence.example/instagram/callback",
            ["Instagram:WebhookVerifyToken"] = "verify-me",
            ["Instagram:RetryBaseDelay"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddInstagramPlatform(configuration);
        services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(() => Handler));
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public StubHandler Handler { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    public static AccountAccess Access { get; } = new("17841400000000001", Token);

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public RecordedRequest Single() => Assert.Single(Handler.Requests);

    public void Dispose() => provider.Dispose();
}
