using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Features.Posts;

internal static class PostsRegistration
{
    public static IServiceCollection AddPostEditor(this IServiceCollection services) =>
        services
            .AddScoped<PostPreviewBuilder>()
            .AddScoped<PostAccess>()
            .AddScoped<CurrentActor>()
            .AddScoped<PostThumbnails>()
            .AddScoped<ListPosts>()
            .AddScoped<CreatePost>()
            .AddScoped<LoadEditor>()
            .AddScoped<EditPost>()
            .AddScoped<DuplicatePost>()
            .AddScoped<DeletePost>()
            .AddScoped<PostHistory>();
}
