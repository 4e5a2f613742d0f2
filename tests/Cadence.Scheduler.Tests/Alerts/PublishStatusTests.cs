using Cadence.Scheduler.Contracts.Publishing;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Tests.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Alerts;

/// <summary>IPublishStatus answers for the agency the caller names, with nobody signed in.</summary>
public sealed class PublishStatusTests(SchedulingAppFactory app) : IClassFixture<SchedulingAppFactory>
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task Without_a_signed_in_member_it_reports_each_accounts_state_due_time_and_problem()
    {
        var tenant = await app.CreateTenantAsync();
        var postId = await app.BookDueAtAsync(tenant, Now.AddHours(-3));
        await app.RunMissedAsync();

        var status = await GetAsync(tenant.AgencyId, postId);

        Assert.NotNull(status);
        Assert.Equal((postId, tenant.ClientId), (status.PostId, status.ClientId));
        var account = Assert.Single(status.Accounts);
        Assert.Equal((tenant.AccountId, PublishState.Missed, Now.AddHours(-3)), (account.InstagramAccountId, account.State, account.DueAtUtc));
        Assert.Equal((await app.TargetOfAsync(postId)).Problem, account.Problem);
        Assert.Null(account.MediaId);
    }

    [Theory]
    [InlineData(nameof(TargetState.Scheduled), PublishState.Scheduled)]
    [InlineData(nameof(TargetState.Prepared), PublishState.Scheduled)]
    [InlineData(nameof(TargetState.PublishAttempted), PublishState.Publishing)]
    [InlineData(nameof(TargetState.Held), PublishState.Held)]
    [InlineData(nameof(TargetState.Published), PublishState.Published)]
    [InlineData(nameof(TargetState.Failed), PublishState.Failed)]
    [InlineData(nameof(TargetState.Cancelled), PublishState.Cancelled)]
    public async Task Each_internal_state_reads_as_its_public_state(string state, PublishState expected)
    {
        var tenant = await app.CreateTenantAsync();
        var postId = await app.BookDueAtAsync(tenant, Now.AddHours(1));
        await app.UpdateTargetsAsync(postId, t => t.State = Enum.Parse<TargetState>(state));

        var status = await GetAsync(tenant.AgencyId, postId);

        Assert.Equal(expected, Assert.Single(status!.Accounts).State);
    }

    [Fact]
    public async Task Another_agency_and_an_unbooked_post_get_nothing()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var postId = await app.BookDueAtAsync(tenant, Now.AddHours(1));

        Assert.Null(await GetAsync(other.AgencyId, postId));
        Assert.Null(await GetAsync(tenant.AgencyId, Guid.NewGuid()));
    }

    private Task<PostPublishStatus?> GetAsync(Guid agencyId, Guid postId) =>
        app.WithScopeAsync(s => s.GetRequiredService<IPublishStatus>().GetAsync(agencyId, postId, CancellationToken.None));
}
