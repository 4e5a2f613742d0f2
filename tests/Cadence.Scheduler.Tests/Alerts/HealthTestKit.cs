using Cadence.Scheduler.Features.Dispatching;
using Cadence.Scheduler.Features.Health;
using Cadence.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Alerts;

internal static class HealthTestKit
{
    public static Task BeatAsync(this CadenceAppFactory app, string node = "node-a") =>
        app.WithScopeAsync(s => s.GetRequiredService<DispatcherHeartbeats>().BeatAsync(node, 0, CancellationToken.None));

    public static async Task<string> ReadyAsync(this CadenceAppFactory app)
    {
        using var response = await app.CreateAnonymousClient().GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static Task<int> WatchAsync(this CadenceAppFactory app) =>
        app.Services.GetRequiredService<DispatcherWatch>().RunAsync(CancellationToken.None);
}
