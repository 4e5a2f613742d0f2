using Cadence.InstagramSandbox.Admin;
using Cadence.InstagramSandbox.Graph;
using Cadence.InstagramSandbox.OAuth;
using Cadence.InstagramSandbox.Publishing;
using Cadence.InstagramSandbox.State;
using Cadence.InstagramSandbox.Webhooks;

namespace Cadence.InstagramSandbox;

/// <summary>Registers and mounts the Instagram sandbox, standalone or inside the Host (Development only).</summary>
public static class SandboxExtensions
{
    public static IServiceCollection AddInstagramSandbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SandboxOptions>()
            .Configure(options =>
            {
                // Mounted in the Host, the sandbox is the app the Host's Instagram:* settings describe.
                options.AppId = configuration["Instagram:AppId"] is { Length: > 0 } appId ? appId : options.AppId;
                options.AppSecret = configuration["Instagram:AppSecret"] is { Length: > 0 } secret ? secret : options.AppSecret;
                if (configuration["Instagram:RedirectUri"] is { Length: > 0 } redirect)
                {
                    options.RedirectUris.Add(redirect);
                }
            })
            .Bind(configuration.GetSection(SandboxOptions.Section));
        services.AddRazorComponents();
        services.AddHttpClient(MediaFetcher.HttpClientName);
        services.AddHttpClient(WebhookDelivery.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton(sp => new SandboxClock(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<SandboxState>();
        services.AddSingleton<AccountFactory>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<TokenExchange>();
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<Nodes>();
        services.AddSingleton<MediaFetcher>();
        services.AddSingleton<AccountGraph>();
        services.AddSingleton<PublishingGraph>();
        services.AddSingleton<CommentGraph>();
        services.AddSingleton<MessagingGraph>();
        services.AddSingleton<InsightsGraph>();
        services.AddSingleton<GraphEndpoint>();
        services.AddSingleton<WebhookQueue>();
        services.AddSingleton<WebhookDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDelivery>());
        services.AddSingleton<SandboxStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<SandboxStartup>());
        return services;
    }

    /// <summary>Maps OAuth, admin and Graph routes under <paramref name="prefix"/> ("" standalone, "/sandbox" in the Host).</summary>
    public static IEndpointConventionBuilder MapInstagramSandbox(this IEndpointRouteBuilder endpoints, string prefix)
    {
        var group = endpoints.MapGroup(prefix);
        group.AllowAnonymous();
        group.DisableAntiforgery();
        group.WithGroupName("instagram-sandbox");
        OAuthEndpoints.Map(group);
        AdminEndpoints.Map(group);
        group.Map("/{**path}", (HttpContext context, GraphEndpoint graph, string? path) => graph.HandleAsync(context, path))
            .WithMetadata(new HttpMethodMetadata(["GET", "POST", "DELETE"]))
            .Add(b => ((RouteEndpointBuilder)b).Order = 1000);
        return group;
    }
}
