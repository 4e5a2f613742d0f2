using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Contracts;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Data;

internal class ComposerDbContext(DbContextOptions options, ICurrentAgency agency) : DbContext(options), IModuleDbContext
{
    public DbSet<MediaAsset> MediaAssets => Set<MediaAsset>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<PostItem> PostItems => Set<PostItem>();

    public DbSet<PostActivity> PostActivity => Set<PostActivity>();

    public DbSet<ClientComposerSettings> ClientSettings => Set<ClientComposerSettings>();

    public DbSet<ApprovalLink> ApprovalLinks => Set<ApprovalLink>();

    public DbSet<HashtagGroup> HashtagGroups => Set<HashtagGroup>();

    public DbSet<CaptionTemplate> CaptionTemplates => Set<CaptionTemplate>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    internal Guid? CurrentAgencyId => agency.AgencyId;

    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        // A post's events go into the outbox in the same transaction as the change that raised them.
        var posts = ChangeTracker.Entries<Post>().Select(entry => entry.Entity).Where(post => post.PendingEvents.Count > 0).ToList();
        foreach (var post in posts)
        {
            foreach (var integrationEvent in post.PendingEvents)
            {
                this.AddIntegrationEvent(integrationEvent);
            }
        }

        var written = await base.SaveChangesAsync(cancellationToken);
        posts.ForEach(post => post.ClearPendingEvents());
        return written;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ComposerDbContext).Assembly);
        modelBuilder.ApplyModuleConventions(this, ComposerModuleName.Value, context => context.CurrentAgencyId);
    }
}
