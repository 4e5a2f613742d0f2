using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.InstagramSandbox;

namespace Cadence.Host.Infrastructure;

/// <summary>The Instagram sandbox runs inside the Host in Development only, under <c>/sandbox</c>; never in Production.</summary>
internal static class InstagramSandboxMounting
{
    public const string Prefix = "/sandbox";

    public static IServiceCollection AddDevelopmentInstagramSandbox(this IServiceCollection services, IHostEnvironment environment, IConfiguration configuration)
    {
        if (environment.IsDevelopment())
        {
            services.AddInstagramSandbox(configuration);
            // A relative snapshot path lives in the Host's data folder, next to the database.
            services.PostConfigure<SandboxOptions>(options =>
            {
                if (options.SnapshotPath is { Length: > 0 } path && !Path.IsPathRooted(path))
                {
                    options.SnapshotPath = Path.Combine(DatabaseSettings.DataFolder(configuration, environment.ContentRootPath), path);
                }
            });
        }
        return services;
    }

    public static WebApplication MapDevelopmentInstagramSandbox(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapInstagramSandbox(Prefix);
        }
        return app;
    }
}
