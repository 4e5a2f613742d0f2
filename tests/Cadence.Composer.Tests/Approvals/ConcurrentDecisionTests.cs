using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Tests.Approvals;

public sealed class ConcurrentDecisionTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task A_decision_made_on_a_post_whose_status_changed_meanwhile_is_refused_and_the_first_decision_stands()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee");
        var policy = new ApprovalPolicy(false, true);
        var post = await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId, submitted: true, policy: policy);
        var now = app.Clock.GetUtcNow().UtcDateTime;

        await using var teamScope = app.Services.CreateAsyncScope();
        await using var clientScope = app.Services.CreateAsyncScope();
        var teamDb = teamScope.ServiceProvider.GetRequiredService<ComposerDbContext>();
        var clientDb = clientScope.ServiceProvider.GetRequiredService<ComposerDbContext>();
        var teamCopy = await teamDb.Posts.IgnoreQueryFilters().SingleAsync(p => p.Id == post.Id);
        var clientCopy = await clientDb.Posts.IgnoreQueryFilters().SingleAsync(p => p.Id == post.Id);

        Assert.True(teamCopy.RequestChanges(new Actor(owner.UserId, "Olive Owner"), now, "Warmer photo, please").Succeeded);
        await teamDb.SaveChangesAsync();
        Assert.True(clientCopy.Approve(policy, new Actor(null, "Claire (client)"), now).Succeeded);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => clientDb.SaveChangesAsync());
        Assert.Equal(ApprovalStatus.ChangesRequested, (await app.PostAsync(post.Id)).Status);
    }
}
