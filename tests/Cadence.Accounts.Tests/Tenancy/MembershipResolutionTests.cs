using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Tests.Tenancy;

public sealed class MembershipResolutionTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task A_member_of_two_agencies_acts_in_the_one_chosen_and_falls_back_to_the_first_joined()
    {
        var first = await app.CreateAgencyAsync("First");
        var second = await app.CreateAgencyAsync("Second");
        await app.AddMemberAsync(second.AgencyId, AgencyRole.Viewer, email: first.Email);

        var chosen = await Resolve(first.UserId, second.AgencyId);
        var fallback = await Resolve(first.UserId, preferred: Guid.NewGuid());

        Assert.Equal((second.AgencyId, AgencyRole.Viewer), (chosen!.AgencyId, chosen.Role));
        Assert.Equal((first.AgencyId, AgencyRole.Owner), (fallback!.AgencyId, fallback.Role));
    }

    [Fact]
    public async Task A_member_restricted_to_some_clients_carries_only_those_clients()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId);
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor, onlyClients: [client]);

        var membership = await Resolve(editor.UserId, preferred: null);

        Assert.Equal([client], membership!.ClientIds!);
    }

    private Task<AgencyMembership?> Resolve(Guid userId, Guid? preferred) =>
        app.WithScopeAsync(services => services.GetRequiredService<IAgencyMembershipResolver>().ResolveAsync(userId, preferred, CancellationToken.None));
}
