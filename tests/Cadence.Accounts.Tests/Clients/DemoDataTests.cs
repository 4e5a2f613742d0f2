using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.Demo;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Tests.Clients;

public sealed class DemoDataTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task Seeding_twice_leaves_one_demo_agency_with_its_Owner_a_restricted_Editor_and_four_clients()
    {
        var first = await SeedAsync(app);
        var second = await SeedAsync(app);

        Assert.Equal(new DemoSignIn("demo@cadence.local", "Cadence-demo-2026"), first);
        Assert.Equal(first, second);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AccountsDbContext>();
            var agency = await db.Agencies.SingleAsync(a => a.Name == "Demo Agency");
            var clients = await db.Clients.IgnoreQueryFilters().Where(c => c.AgencyId == agency.Id).ToListAsync();
            var memberships = await db.Memberships.IgnoreQueryFilters().Where(m => m.AgencyId == agency.Id).ToListAsync();
            var outbox = await db.OutboxMessages.Where(m => m.AgencyId == agency.Id).ToListAsync();
            var users = services.GetRequiredService<UserManager<CadenceUser>>();
            var owner = await users.FindByEmailAsync("demo@cadence.local");
            var editor = await users.FindByEmailAsync("editor@cadence.local");

            Assert.Equal(4, clients.Count);
            Assert.Equal(4, clients.Select(c => c.TimeZoneId).Distinct().Count());
            Assert.All(clients, c => Assert.Matches("^#[0-9A-F]{6}$", c.BrandColor));
            Assert.Equal(4, outbox.Count(m => m.Type == typeof(ClientCreated).FullName));
            Assert.True(owner!.EmailConfirmed);
            Assert.True(await users.CheckPasswordAsync(owner, "Cadence-demo-2026"));
            Assert.True(await users.CheckPasswordAsync(editor!, "Cadence-demo-2026"));
            Assert.Equal(AgencyRole.Owner, memberships.Single(m => m.UserId == owner.Id).Role);
            var editorMembership = memberships.Single(m => m.UserId == editor!.Id);
            Assert.Equal(AgencyRole.Editor, editorMembership.Role);
            Assert.True(editorMembership.RestrictedToClients);
            Assert.Contains(Assert.Single(editorMembership.ClientIds), clients.Select(c => c.Id));
        });
    }

    [Fact]
    public async Task A_Development_host_with_Demo_Seed_on_seeds_the_demo_agency_at_start_up()
    {
        await using var development = new DevelopmentWithDemo();

        var owner = await development.WithScopeAsync(services =>
            services.GetRequiredService<UserManager<CadenceUser>>().FindByEmailAsync("demo@cadence.local"));

        Assert.NotNull(owner);
    }

    [Fact]
    public async Task A_host_outside_Development_does_not_seed_even_with_Demo_Seed_on()
    {
        await using var testing = new TestingWithDemo();

        var demo = await testing.WithScopeAsync(services =>
            services.GetRequiredService<UserManager<CadenceUser>>().FindByEmailAsync("demo@cadence.local"));

        Assert.Null(demo);
    }

    private static Task<DemoSignIn> SeedAsync(CadenceAppFactory factory) =>
        factory.WithScopeAsync(services => services.GetRequiredService<IDemoData>().EnsureSeededAsync(CancellationToken.None));

    private sealed class DevelopmentWithDemo : CadenceAppFactory
    {
        protected override string EnvironmentName => "Development";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Seed", "true");
        }
    }

    private sealed class TestingWithDemo : CadenceAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Seed", "true");
        }
    }
}
