using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Dispatching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.FaultHost;

/// <summary>
/// Runs the dispatcher until every target is final (or held) and every first comment settled, moving this process's clock and the sandbox's together to
/// the next moment something is due: a backoff, a container still processing, a dead dispatcher's lease running out.
/// </summary>
internal sealed class SettlingRun(ServiceProvider services, SteppedClock clock, HttpClient sandboxAdmin)
{
    private const int MaxRounds = 200;

    private static readonly TargetState[] Open = [TargetState.Scheduled, TargetState.Prepared, TargetState.PublishAttempted];

    public static async Task<DateTimeOffset> SandboxNowAsync(HttpClient sandboxAdmin)
    {
        var clock = await sandboxAdmin.GetFromJsonAsync<JsonObject>(new Uri("clock", UriKind.Relative));
        return DateTimeOffset.FromUnixTimeSeconds(clock!["unix"]!.GetValue<long>());
    }

    /// <summary>True when nothing is left to do; false when it gave up after <see cref="MaxRounds"/> rounds.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var dispatcher = services.GetRequiredService<PublishDispatcher>();
        for (var round = 0; round < MaxRounds; round++)
        {
            await dispatcher.RunUntilIdleAsync(cancellationToken);
            var next = await NextWakeAsync(cancellationToken);
            if (next is null)
            {
                return true;
            }

            var wait = Math.Ceiling((next.Value - clock.GetUtcNow().UtcDateTime).TotalSeconds);
            if (wait > 0)
            {
                using var moved = await sandboxAdmin.PostAsJsonAsync(new Uri("clock/advance", UriKind.Relative), new JsonObject { ["seconds"] = wait }, cancellationToken);
                moved.EnsureSuccessStatusCode();
                clock.Advance(TimeSpan.FromSeconds(wait));
            }
        }

        return false;
    }

    private async Task<DateTime?> NextWakeAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var open = await scope.ServiceProvider.GetRequiredService<SchedulerDbContext>().PublishTargets.IgnoreQueryFilters().AsNoTracking()
            .Where(t => Open.Contains(t.State) || (t.State == TargetState.Published && t.FirstCommentPending))
            .Select(t => new { t.NextAttemptAtUtc, t.LeaseExpiresAtUtc })
            .ToListAsync(cancellationToken);
        return open.Count == 0
            ? null
            : open.Min(t => t.LeaseExpiresAtUtc is { } lease && lease.AddSeconds(1) > t.NextAttemptAtUtc ? lease.AddSeconds(1) : t.NextAttemptAtUtc);
    }
}
