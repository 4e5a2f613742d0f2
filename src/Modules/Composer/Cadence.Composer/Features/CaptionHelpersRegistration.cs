using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Navigation;
using Cadence.Composer.Features.CaptionTemplates;
using Cadence.Composer.Features.HashtagGroups;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Features;

/// <summary>Hashtag groups and caption templates: what a client reuses in captions.</summary>
internal static class CaptionHelpersRegistration
{
    public static IServiceCollection AddCaptionHelpers(this IServiceCollection services) => services
        .AddScoped<ListHashtagGroups>()
        .AddScoped<GetHashtagGroup>()
        .AddScoped<SaveHashtagGroup>()
        .AddScoped<DeleteHashtagGroup>()
        .AddScoped<ListCaptionTemplates>()
        .AddScoped<GetCaptionTemplate>()
        .AddScoped<SaveCaptionTemplate>()
        .AddScoped<DeleteCaptionTemplate>()
        .AddSingleton(new NavigationItem("Hashtag groups", "Composer", "/HashtagGroups/Index", Order: 24, Permission.ViewContent))
        .AddSingleton(new NavigationItem("Caption templates", "Composer", "/CaptionTemplates/Index", Order: 25, Permission.ViewContent));
}
