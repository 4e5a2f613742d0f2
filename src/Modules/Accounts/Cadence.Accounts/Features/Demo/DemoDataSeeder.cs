using Cadence.Accounts.Contracts.Demo;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Features.Clients;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Demo;

/// <summary>
/// Development's demo agency. Each piece is created only when missing, so running it on every start changes nothing
/// once it has run. It acts for the demo agency, so it must run in a scope of its own.
/// </summary>
internal sealed class DemoDataSeeder(
    AccountsDbContext db, UserManager<CadenceUser> users, CurrentAgency current, CreateClient createClient, TimeProvider clock) : IDemoData
{
    public const string AgencyName = "Demo Agency";
    public const string OwnerEmail = "demo@cadence.local";
    public const string EditorEmail = "editor@cadence.local";
    public const string Password = "Cadence-demo-2026";

    private static readonly (string Name, string TimeZone, string BrandColor, string Notes)[] DemoClients =
    [
        ("Harbour Coffee", "Europe/London", "#8B5E3C", "Speciality coffee roaster; posts weekday mornings."),
        ("Brooklyn Bikes", "America/New_York", "#E63946", "Bike shop and repairs; weekend rides every Saturday."),
        ("Sakura Studio", "Asia/Tokyo", "#F28DB2", "Ceramics studio; new collection every season."),
        ("Bondi Surf Co", "Australia/Sydney", "#0077B6", "Surf school; reels of the morning session."),
    ];

    public async Task<DemoSignIn> EnsureSeededAsync(CancellationToken cancellationToken)
    {
        var owner = await EnsureUserAsync(OwnerEmail, "Demo Owner");
        var editor = await EnsureUserAsync(EditorEmail, "Demo Editor");
        var agencyId = await EnsureAgencyAsync(owner.Id, cancellationToken);
        current.ActFor(agencyId);
        var firstClientId = await EnsureClientsAsync(cancellationToken);
        if (!await db.Memberships.AnyAsync(m => m.UserId == editor.Id, cancellationToken))
        {
            db.Memberships.Add(new Membership
            {
                AgencyId = agencyId,
                UserId = editor.Id,
                Role = AgencyRole.Editor,
                RestrictedToClients = true,
                ClientIds = [firstClientId],
                JoinedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return new DemoSignIn(OwnerEmail, Password);
    }

    private async Task<CadenceUser> EnsureUserAsync(string email, string displayName)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }

        var user = new CadenceUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(user, Password);
        return created.Succeeded
            ? user
            : throw new InvalidOperationException($"Could not create the demo user {email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
    }

    private async Task<Guid> EnsureAgencyAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        var existing = await (from membership in db.Memberships.IgnoreQueryFilters()
                              join agency in db.Agencies on membership.AgencyId equals agency.Id
                              where membership.UserId == ownerId && agency.Name == AgencyName
                              select (Guid?)agency.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } agencyId)
        {
            return agencyId;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var created = new Agency { Name = AgencyName, CreatedAtUtc = now };
        db.Agencies.Add(created);
        db.Memberships.Add(new Membership { AgencyId = created.Id, UserId = ownerId, Role = AgencyRole.Owner, JoinedAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        return created.Id;
    }

    /// <summary>Creates the missing demo clients through the real use case (so their events go out too); returns the first one's id.</summary>
    private async Task<Guid> EnsureClientsAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, timeZone, brandColor, notes) in DemoClients)
        {
            if (await db.Clients.AnyAsync(c => c.Name == name, cancellationToken))
            {
                continue;
            }

            var created = await createClient.HandleAsync(new CreateClientRequest(name, timeZone, brandColor, notes), cancellationToken);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Could not create the demo client {name}: {created.Errors[0].Message}");
            }
        }

        var firstName = DemoClients[0].Name;
        return await db.Clients.Where(c => c.Name == firstName).Select(c => c.Id).FirstAsync(cancellationToken);
    }
}
