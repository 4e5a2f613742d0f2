using Cadence.Accounts.Contracts.Demo;
using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Host.Infrastructure;

internal static partial class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        if (settings.MigrateOnStartup)
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        if (app.Environment.IsDevelopment() && app.Configuration.GetValue<bool>("Demo:Seed"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var demo = await scope.ServiceProvider.GetRequiredService<IDemoData>().EnsureSeededAsync(app.Lifetime.ApplicationStopping);
            LogDemoSignIn(app.Logger, demo.Email, demo.Password);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data is ready: sign in as {Email} with password {Password}")]
    private static partial void LogDemoSignIn(ILogger logger, string email, string password);
}
