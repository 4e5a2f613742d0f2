using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Testing;

/// <summary>Puts agencies, members and clients straight into the database, for tests about what comes after sign-up.</summary>
public static class TestData
{
    public const string Password = "correct horse battery";

    public static async Task<TestMember> CreateAgencyAsync(this CadenceAppFactory app, string name = "Northwind Social")
    {
        var agencyId = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AccountsDbContext>();
            var agency = new Agency { Name = name, CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            return agency.Id;
        });
        return await app.AddMemberAsync(agencyId, AgencyRole.Owner);
    }

    public static async Task<TestMember> AddMemberAsync(this CadenceAppFactory app, Guid agencyId, AgencyRole role, IReadOnlyCollection<Guid>? onlyClients = null, string? email = null)
    {
        email ??= $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        var userId = await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<CadenceUser>>();
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new CadenceUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] };
                var created = await users.CreateAsync(user, Password);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
                }
            }

            var db = services.GetRequiredService<AccountsDbContext>();
            db.Memberships.Add(new Membership
            {
                AgencyId = agencyId,
                UserId = user.Id,
                Role = role,
                RestrictedToClients = onlyClients is not null,
                ClientIds = onlyClients?.ToList() ?? [],
                JoinedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
            return user.Id;
        });
        return new TestMember(agencyId, userId, email, Password, role);
    }

    public static Task<Guid> CreateClientAsync(this CadenceAppFactory app, Guid agencyId, string name = "Blue Bottle", string timeZone = "Europe/London") =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AccountsDbContext>();
            var client = new Client
            {
                AgencyId = agencyId,
                Name = name,
                TimeZoneId = timeZone,
                BrandColor = "#1F6FEB",
                CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            return client.Id;
        });
}
