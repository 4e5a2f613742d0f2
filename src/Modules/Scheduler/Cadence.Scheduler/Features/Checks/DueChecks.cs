using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cadence.Scheduler.Features.Checks;

/// <summary>Finds the targets whose checks are due (<see cref="CheckTiming"/>) across agencies and checks each, acting for its agency.</summary>
internal sealed partial class DueChecks(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DueChecks> logger)
{
    public const int BatchSize = 50;

    /// <summary>Checks one batch; returns how many targets were checked.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var due = await FindDueAsync(cancellationToken);
        foreach (var (targetId, agencyId) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentAgency>().ActFor(agencyId);
            try
            {
                await scope.ServiceProvider.GetRequiredService<PrePublishChecks>().RunAsync(agencyId, targetId, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One target's failure must not keep the others unchecked; it comes round again on the next run.
                LogCheckFailed(exception, targetId);
            }
        }

        return due.Count;
    }

    private async Task<List<(Guid TargetId, Guid AgencyId)>> FindDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now + CheckTiming.Horizon;
        var staleBefore = now - CheckTiming.Recheck;
        var finalFrom = now + CheckTiming.FinalWindow;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var open = db.PublishTargets.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.State == TargetState.Scheduled || t.State == TargetState.Prepared || t.State == TargetState.Held)
            .Where(t => t.DueAtUtc > now);
        var due = await open
            .Where(t => t.CheckedAtUtc == null || (t.DueAtUtc <= horizon && t.CheckedAtUtc <= staleBefore))
            .OrderBy(t => t.DueAtUtc)
            .Take(BatchSize)
            .Select(t => new DueTarget(t.Id, t.AgencyId, t.DueAtUtc, t.CheckedAtUtc))
            .ToListAsync(cancellationToken);

        // The last look inside the final minutes; few targets are that close, so the comparison with each one's own
        // time is made here rather than as date arithmetic in SQL.
        var closing = await open
            .Where(t => t.DueAtUtc <= finalFrom && t.CheckedAtUtc != null && t.CheckedAtUtc > staleBefore)
            .Select(t => new DueTarget(t.Id, t.AgencyId, t.DueAtUtc, t.CheckedAtUtc))
            .ToListAsync(cancellationToken);
        due.AddRange(closing.Where(t => t.CheckedAtUtc < t.DueAtUtc - CheckTiming.FinalWindow).Take(BatchSize - due.Count));
        return due.Select(t => (t.Id, t.AgencyId)).ToList();
    }

    private sealed record DueTarget(Guid Id, Guid AgencyId, DateTime DueAtUtc, DateTime? CheckedAtUtc);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking publish target {TargetId} before publishing failed; it is tried again on the next run.")]
    private partial void LogCheckFailed(Exception exception, Guid targetId);
}
