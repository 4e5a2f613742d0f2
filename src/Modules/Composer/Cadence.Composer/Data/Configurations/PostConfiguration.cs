using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Composer.Data.Configurations;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable("Posts");
        builder.Property(p => p.Format).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.Trial).HasConversion<string>().HasMaxLength(16);

        // Drafts may hold more than Instagram accepts (the rule set says so); the columns only stop runaway input.
        builder.Property(p => p.Caption).HasMaxLength(10_000);
        builder.Property(p => p.FirstComment).HasMaxLength(10_000);
        builder.Property(p => p.LocationId).HasMaxLength(64);
        builder.Property(p => p.LocationName).HasMaxLength(200);
        builder.Property(p => p.AudioName).HasMaxLength(200);
        builder.Property(p => p.Collaborators).HasJsonConversion().HasMaxLength(2000);
        builder.Property(p => p.ContentVersion).IsConcurrencyToken();

        // Decisions change the status but not the content version: two made at once must not both land.
        builder.Property(p => p.Status).IsConcurrencyToken();
        builder.Ignore(p => p.PendingEvents);
        builder.Ignore(p => p.OrderedItems);
        builder.HasIndex(p => new { p.AgencyId, p.ClientId, p.UpdatedAtUtc });

        builder.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Accounts).WithOne().HasForeignKey(a => a.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Activity).WithOne().HasForeignKey(a => a.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
