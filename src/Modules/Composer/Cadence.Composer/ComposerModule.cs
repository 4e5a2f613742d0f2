using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Navigation;
using Cadence.Composer.Contracts;
using Cadence.Composer.Data;
using Cadence.Composer.Features;
using Cadence.Composer.Features.Approvals;
using Cadence.Composer.Features.Media;
using Cadence.Composer.Features.Posts;
using Cadence.Composer.Features.Publishing;
using Cadence.Composer.Features.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer;

public static class ComposerModule
{
    public static IServiceCollection AddComposerModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ComposerDbContext, ComposerSqliteDbContext, ComposerSqlServerDbContext>(configuration, ComposerModuleName.Value);
        services.AddMedia(configuration);
        services.AddPostEditor();
        services.AddPostValidation();
        services.AddPublishablePosts();
        services.AddCaptionHelpers();
        services.AddApprovals();
        services.AddSingleton(new NavigationItem("Composer", "Composer", "/Posts/Index", Order: 20, Permission.ViewContent));
        return services;
    }

    public static WebApplication MapComposerModule(this WebApplication app)
    {
        app.MapMedia();
        return app;
    }
}
