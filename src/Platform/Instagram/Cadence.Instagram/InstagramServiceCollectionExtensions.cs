using System.Net;
using Cadence.Instagram.Http;
using Cadence.Instagram.OAuth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Cadence.Instagram;

public static class InstagramServiceCollectionExtensions
{
    public const string GraphPipeline = "instagram-graph";

    /// <summary>Binds <c>Instagram:*</c> (validated at start-up) and registers the typed Instagram clients.</summary>
    public static IServiceCollection AddInstagramPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InstagramOptions>().Bind(configuration.GetSection(InstagramOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InstagramOptions>, InstagramOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient<GraphHttp>().AddResilienceHandler(GraphPipeline, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<InstagramOptions>>().Value;
            if (options.MaxRetryAttempts > 0)
            {
                pipeline.AddRetry(ReadRetry(options));
            }

            pipeline.AddTimeout(options.AttemptTimeout);
        });
        services.AddHttpClient<IInstagramOAuth, InstagramOAuth>();
        services.AddTransient<IInstagramAccounts, Accounts.InstagramAccounts>();
        services.AddTransient<IInstagramPublishing, Publishing.InstagramPublishing>();
        services.AddTransient<IInstagramComments, Comments.InstagramComments>();
        services.AddTransient<IInstagramMessaging, Messaging.InstagramMessaging>();
        services.AddTransient<IInstagramInsights, Insights.InstagramInsights>();
        services.AddSingleton<InstagramWebhooks>();
        return services;
    }

    // Reads and status polls only: DisableForUnsafeHttpMethods keeps media_publish and every other POST/DELETE to one
    // attempt, so the caller checks the container before deciding to publish again. Throttling is never retried here:
    // calls made while throttled extend the penalty.
    private static HttpRetryStrategyOptions ReadRetry(InstagramOptions options)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => args.Outcome switch
            {
                { Exception: HttpRequestException or TimeoutRejectedException } => ValueTask.FromResult(true),
                { Result: { } response } when (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout => ValueTask.FromResult(true),
                { Result: { StatusCode: HttpStatusCode.BadRequest } response } => IsTransientEnvelopeAsync(response),
                _ => ValueTask.FromResult(false),
            },
        };
        retry.DisableForUnsafeHttpMethods();
        return retry;
    }

    // A 400 whose envelope says is_transient (or codes 1, 2, -1/2207001) is worth another try for a read. The body is
    // buffered so the caller can still read the envelope when the retries run out.
    private static async ValueTask<bool> IsTransientEnvelopeAsync(HttpResponseMessage response)
    {
        await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        var error = InstagramErrorParser.Parse(response.StatusCode, body);
        return error.Kind == InstagramErrorKind.Transient;
    }
}
