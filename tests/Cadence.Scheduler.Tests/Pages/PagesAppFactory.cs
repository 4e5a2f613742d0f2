using System.Collections.Concurrent;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Tests.Publishing;
using Cadence.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Pages;

/// <summary>
/// The Host with the Composer's snapshot and post catalog provided by the test. The catalog is a test double
/// (registered with ConfigureTestServices) because the Composer's test helpers are internal to its own tests; the
/// real catalog is tested there. The double keeps the contract's promise that only the current agency's posts show.
/// </summary>
public sealed class PagesAppFactory : CadenceAppFactory
{
    public TestPublishablePosts Posts { get; } = new();

    public ConcurrentDictionary<Guid, (Guid AgencyId, PostCard Card)> Cards { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .AddSingleton<IPublishablePosts>(Posts)
            .AddScoped<IPostCatalog>(s => new TestPostCatalog(Cards, s.GetRequiredService<ICurrentAgency>())));
    }

    private sealed class TestPostCatalog(ConcurrentDictionary<Guid, (Guid AgencyId, PostCard Card)> cards, ICurrentAgency current) : IPostCatalog
    {
        public Task<IReadOnlyList<PostCard>> GetAsync(IReadOnlyCollection<Guid> postIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PostCard>>(Visible().Where(c => postIds.Contains(c.PostId)).ToList());

        public Task<IReadOnlyList<PostCard>> ListApprovedAsync(Guid? clientId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PostCard>>(Visible().Where(c => c.IsApproved && (clientId is null || c.ClientId == clientId)).ToList());

        private IEnumerable<PostCard> Visible() =>
            cards.Values.Where(e => e.AgencyId == current.AgencyId && current.CanAccessClient(e.Card.ClientId)).Select(e => e.Card);
    }
}
