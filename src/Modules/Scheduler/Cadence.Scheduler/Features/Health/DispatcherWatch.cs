using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Alerts;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Features.Health;

/// <summary>
/// Tells each affected agency's Owners and Admins when the dispatcher falls silent or its posts become overdue: once per
/// incident (an open <see cref="DispatcherIncident"/> remembers it was told), and again only after it cleared.
/// A silent dispatcher concerns the agencies with posts still to publish.
/// </summary>
internal sealed class DispatcherWatch(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Opens and resolves incidents as things stand now; returns how many incidents it opened.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        Dictionary<(Guid AgencyId, PublishAlertKind Kind), string> problems;
        List<DispatcherIncident> open;
        await using (var scope = scopes.CreateAsyncScope())
        {
            problems = await ProblemsAsync(scope.ServiceProvider, cancellationToken);
            open = await scope.ServiceProvider.GetRequiredService<SchedulerDbContext>().DispatcherIncidents.IgnoreQueryFilters().AsNoTracking()
                .Where(i => i.ResolvedAtUtc == null)
                .ToListAsync(cancellationToken);
        }

        foreach (var incident in open.Where(i => !problems.ContainsKey((i.AgencyId, i.Kind))))
        {
            await ResolveAsync(incident.Id, cancellationToken);
        }

        var opened = 0;
        foreach (var ((agencyId, kind), message) in problems.Where(p => !open.Any(i => i.AgencyId == p.Key.AgencyId && i.Kind == p.Key.Kind)))
        {
            await OpenAsync(agencyId, kind, message, cancellationToken);
            opened++;
        }

        return opened;
    }

    private static async Task<Dictionary<(Guid, PublishAlertKind), string>> ProblemsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var reader = services.GetRequiredService<DispatcherHealthReader>();
        var report = await reader.ReadAsync(cancellationToken);
        var problems = new Dictionary<(Guid, PublishAlertKind), string>();
        foreach (var (agencyId, posts) in await reader.OverdueByAgencyAsync(cancellationToken))
        {
            problems[(agencyId, PublishAlertKind.PostsOverdue)] =
                $"{(posts == 1 ? "1 post is" : $"{posts} posts are")} overdue: due more than {DispatcherHealthRules.OverdueAfter.TotalMinutes:0} minutes ago and not published yet.";
        }

        if (report.Silence is { } silence)
        {
            var db = services.GetRequiredService<SchedulerDbContext>();
            var waiting = await db.PublishTargets.IgnoreQueryFilters().Where(ScheduleTargets.IsOpen).Select(t => t.AgencyId).Distinct().ToListAsync(cancellationToken);
            foreach (var agencyId in waiting)
            {
                problems[(agencyId, PublishAlertKind.DispatcherSilent)] =
                    $"The publishing dispatcher has been silent for {DispatcherHealthRules.WholeMinutes(silence)} minutes: scheduled posts are not going out.";
            }
        }

        return problems;
    }

    private async Task OpenAsync(Guid agencyId, PublishAlertKind kind, string message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentAgency>().ActFor(agencyId);
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        db.DispatcherIncidents.Add(new DispatcherIncident { AgencyId = agencyId, Kind = kind, OpenedAtUtc = now });
        var alert = new PublishAlert { AgencyId = agencyId, Kind = kind, Message = message, CreatedAtUtc = now };
        var subject = kind == PublishAlertKind.DispatcherSilent ? "Cadence is not publishing: the dispatcher is silent" : "Posts are overdue in Cadence";
        var links = scope.ServiceProvider.GetRequiredService<SchedulerLinks>();
        await scope.ServiceProvider.GetRequiredService<AgencyAlerts>().RaiseAsync(alert, subject, "Open the publishing status", links.Status(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ResolveAsync(Guid incidentId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var incident = await db.DispatcherIncidents.IgnoreQueryFilters().SingleAsync(i => i.Id == incidentId, cancellationToken);
        incident.ResolvedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
