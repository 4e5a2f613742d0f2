using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Features.Posts;

internal static class PostsRegistration
{
    public static IServiceCollection AddPostEditor(this IServiceCollection services) =>
        services
            .AddScoped<PostPreviewBuilder>();
}
