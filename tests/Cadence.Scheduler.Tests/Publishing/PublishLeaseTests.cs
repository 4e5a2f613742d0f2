using System.Collections.Concurrent;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Publishing;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Publishing;

public sealed class PublishLeaseTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task Two_dispatchers_racing_for_the_same_due_items_never_claim_one_item_twice()
    {
        var agencyId = Guid.NewGuid();
        var ids = await AddDueTargetsAsync(agencyId, 200);
        var claims = new ConcurrentBag<(string Owner, Guid Id)>();

        await Task.WhenAll(Enumerable.Range(1, 2).Select(n => Task.Run(async () =>
        {
            var owner = $"node-{n}";
            while (true)
            {
                using var scope = app.Services.CreateScope();
                var claimed = await scope.ServiceProvider.GetRequiredService<PublishLeases>().ClaimDueAsync(owner, 10, CancellationToken.None);
                if (claimed.Count == 0)
                {
                    return;
                }

                foreach (var id in claimed)
                {
                    claims.Add((owner, id));
                }
            }
        })));

        var mine = claims.Where(c => ids.Contains(c.Id)).ToList();
        Assert.Equal(ids.Count, mine.Count);
        Assert.Equal(ids.Order(), mine.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task A_live_lease_keeps_others_out_and_an_expired_one_lets_them_in()
    {
        var id = Assert.Single(await AddDueTargetsAsync(Guid.NewGuid(), 1));

        Assert.True(await LeasesAsync(leases => leases.TryClaimAsync(id, "node-1", CancellationToken.None)));
        Assert.False(await LeasesAsync(leases => leases.TryClaimAsync(id, "node-2", CancellationToken.None)));
        Assert.False(await LeasesAsync(leases => leases.RenewAsync(id, "node-2", CancellationToken.None)));
        Assert.True(await LeasesAsync(leases => leases.RenewAsync(id, "node-1", CancellationToken.None)));

        app.Clock.Advance(PublishLeases.Duration + TimeSpan.FromSeconds(1));

        Assert.False(await LeasesAsync(leases => leases.RenewAsync(id, "node-1", CancellationToken.None)));
        Assert.True(await LeasesAsync(leases => leases.TryClaimAsync(id, "node-2", CancellationToken.None)));
        Assert.Equal("node-2", (await TargetAsync(id)).LeaseOwner);
    }

    [Fact]
    public async Task Released_items_can_be_claimed_again_but_only_their_owner_releases_them()
    {
        var id = Assert.Single(await AddDueTargetsAsync(Guid.NewGuid(), 1));
        await LeasesAsync(leases => leases.TryClaimAsync(id, "node-1", CancellationToken.None));

        await LeasesAsync(async leases => { await leases.ReleaseAsync(id, "node-2", CancellationToken.None); return true; });
        Assert.Equal("node-1", (await TargetAsync(id)).LeaseOwner);

        await LeasesAsync(async leases => { await leases.ReleaseAsync(id, "node-1", CancellationToken.None); return true; });
        Assert.True(await LeasesAsync(leases => leases.TryClaimAsync(id, "node-2", CancellationToken.None)));
    }

    [Fact]
    public async Task Items_not_yet_due_or_already_final_are_not_claimed()
    {
        var agencyId = Guid.NewGuid();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var later = Assert.Single(await AddDueTargetsAsync(agencyId, 1, now + PublishLeases.PrepareAhead + TimeSpan.FromMinutes(5)));
        var published = Assert.Single(await AddDueTargetsAsync(agencyId, 1, now, TargetState.Published));
        var due = Assert.Single(await AddDueTargetsAsync(agencyId, 1, now));

        var claimed = await LeasesAsync(leases => leases.ClaimDueAsync("node-1", 1000, CancellationToken.None));

        Assert.Contains(due, claimed);
        Assert.DoesNotContain(later, claimed);
        Assert.DoesNotContain(published, claimed);
    }

    [Fact]
    public async Task Bookings_within_the_preparation_lead_are_claimed_to_prepare_but_prepared_ones_wait_for_their_due_time()
    {
        var agencyId = Guid.NewGuid();
        var soon = app.Clock.GetUtcNow().UtcDateTime + PublishLeases.PrepareAhead - TimeSpan.FromMinutes(1);
        var booked = Assert.Single(await AddDueTargetsAsync(agencyId, 1, soon));
        var prepared = Assert.Single(await AddDueTargetsAsync(agencyId, 1, soon, TargetState.Prepared));
        var polling = Assert.Single(await AddDueTargetsAsync(agencyId, 1, soon));
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<SchedulerDbContext>();
            var target = await db.PublishTargets.IgnoreQueryFilters().SingleAsync(t => t.Id == polling);
            target.NextAttemptAtUtc = app.Clock.GetUtcNow().UtcDateTime.AddSeconds(20);
            await db.SaveChangesAsync();
        });

        var claimed = await LeasesAsync(leases => leases.ClaimDueAsync("node-1", 1000, CancellationToken.None));

        Assert.Contains(booked, claimed);
        Assert.DoesNotContain(prepared, claimed);
        Assert.DoesNotContain(polling, claimed);
    }

    [Fact]
    public async Task The_next_due_time_within_the_horizon_skips_leased_items_and_those_beyond_it()
    {
        var agencyId = Guid.NewGuid();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var leasedFirst = Assert.Single(await AddDueTargetsAsync(agencyId, 1, now.AddMilliseconds(200), TargetState.Prepared));
        Assert.Single(await AddDueTargetsAsync(agencyId, 1, now.AddMilliseconds(600), TargetState.Prepared));
        Assert.Single(await AddDueTargetsAsync(agencyId, 1, now.AddMilliseconds(300), TargetState.Published));
        await LeasesAsync(leases => leases.TryClaimAsync(leasedFirst, "node-1", CancellationToken.None));

        var next = await LeasesAsync(leases => leases.NextDueWithinAsync(TimeSpan.FromSeconds(1), CancellationToken.None));
        var none = await LeasesAsync(leases => leases.NextDueWithinAsync(TimeSpan.FromMilliseconds(500), CancellationToken.None));

        Assert.Equal(now.AddMilliseconds(600), next);
        Assert.Null(none);
    }

    private Task<T> LeasesAsync<T>(Func<PublishLeases, Task<T>> work) =>
        app.WithScopeAsync(services => work(services.GetRequiredService<PublishLeases>()));

    private Task<PublishTarget> TargetAsync(Guid id) =>
        app.WithScopeAsync(services => services.GetRequiredService<SchedulerDbContext>().PublishTargets.IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == id));

    private Task<List<Guid>> AddDueTargetsAsync(Guid agencyId, int count, DateTime? dueAtUtc = null, TargetState state = TargetState.Scheduled) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<SchedulerDbContext>();
            var due = dueAtUtc ?? app.Clock.GetUtcNow().UtcDateTime;
            var ids = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var post = new ScheduledPost { AgencyId = agencyId, ClientId = Guid.NewGuid(), PostId = Guid.NewGuid(), DueAtUtc = due, ContentVersion = 1 };
                var target = new PublishTarget
                {
                    AgencyId = agencyId, ScheduledPostId = post.Id, InstagramAccountId = Guid.NewGuid(), DueAtUtc = due, NextAttemptAtUtc = due, State = state,
                };
                post.Targets.Add(target);
                db.ScheduledPosts.Add(post);
                ids.Add(target.Id);
            }

            await db.SaveChangesAsync();
            return ids;
        });
}
