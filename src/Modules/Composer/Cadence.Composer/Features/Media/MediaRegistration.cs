using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Navigation;
using Cadence.Composer.Features.Media.Crop;
using Cadence.Composer.Features.Media.Import;
using Cadence.Composer.Features.Media.Library;
using Cadence.Composer.Features.Media.Storage;
using Cadence.Composer.Features.Media.Upload;
using Cadence.Composer.Features.Media.Urls;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Cadence.Composer.Features.Media;

internal static class MediaRegistration
{
    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.Section));
        services.AddSingleton(provider =>
        {
            var configured = provider.GetRequiredService<IOptions<MediaOptions>>().Value.StoragePath;
            var contentRoot = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new MediaRoot(Path.IsPathRooted(configured) ? configured : Path.Combine(DatabaseSettings.DataFolder(configuration, contentRoot), configured));
        });
        services.AddSingleton<IMediaStorage, LocalDiskMediaStorage>();
        services.AddSingleton<MediaSigningKey>();
        services.AddSingleton<MediaUrlSignature>();
        services.AddScoped<IMediaUrls, SignedMediaUrls>();
        services.AddMediaLibrary(configuration);
        return services;
    }

    private static void AddMediaLibrary(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.Section));
        services.AddSingleton<MediaDownloader>();
        services.AddScoped<MediaUsage>();
        services.AddScoped<AddMediaAsset>();
        services.AddScoped<ImportMediaFromUrl>();
        services.AddScoped<CropMediaAsset>();
        services.AddScoped<ListMediaAssets>();
        services.AddScoped<GetMediaAsset>();
        services.AddScoped<UpdateMediaDetails>();
        services.AddScoped<DeleteMediaAsset>();
        services.AddSingleton(new NavigationItem("Media", "Composer", "/Media/Index", Order: 22, Permission.ViewContent));
    }

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{SignedMediaUrls.RoutePrefix}/{{assetId:guid}}/{{fileName}}", ServeMediaFile.HandleAsync).AllowAnonymous();

        // Nothing else under the media path exists, for anyone: no sign-in redirect that hints otherwise.
        endpoints.MapGet($"{SignedMediaUrls.RoutePrefix}/{{**rest}}", () => TypedResults.NotFound()).AllowAnonymous();
        return endpoints;
    }
}
