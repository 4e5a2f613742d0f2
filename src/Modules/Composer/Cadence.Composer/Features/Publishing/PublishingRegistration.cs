using Cadence.Composer.Contracts.Posts;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Features.Publishing;

internal static class PublishingRegistration
{
    public static IServiceCollection AddPublishablePosts(this IServiceCollection services) =>
        services.AddScoped<IPublishablePosts, PublishablePosts>().AddScoped<IPostCatalog, PostCatalog>();
}
