using Cadence.Accounts.Contracts.Agencies;
using Cadence.BuildingBlocks.Email;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Alerts;

/// <summary>
/// Tells an agency that publishing needs a person: an in-app alert (saved by the caller's next save) and one email to
/// each Owner and Admin. Runs in a scope acting for the alert's agency, as event handlers and the watch job do.
/// </summary>
internal sealed class AgencyAlerts(SchedulerDbContext db, IAgencyDirectory agencies, IEmailSender email)
{
    public async Task RaiseAsync(PublishAlert alert, string subject, string linkText, string linkUrl, CancellationToken cancellationToken)
    {
        db.PublishAlerts.Add(alert);
        var managers = (await agencies.ListMembersAsync(cancellationToken))
            .Where(m => m.Role is AgencyRole.Owner or AgencyRole.Admin && !string.IsNullOrWhiteSpace(m.Email));
        foreach (var manager in managers)
        {
            await email.SendAsync(AlertEmail.Create(manager.Email, subject, alert.Message, linkText, linkUrl), cancellationToken);
        }
    }
}
