using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Scheduler.Data.Configurations;

internal sealed class PublishTargetConfiguration : IEntityTypeConfiguration<PublishTarget>
{
    public void Configure(EntityTypeBuilder<PublishTarget> builder)
    {
        builder.ToTable("PublishTargets");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(24);
        builder.Property(t => t.LeaseOwner).HasMaxLength(100);
        builder.Property(t => t.ChildContainerIds).HasJsonConversion().HasMaxLength(1000);
        builder.Property(t => t.ContainerId).HasMaxLength(64);
        builder.Property(t => t.MediaId).HasMaxLength(64);
        builder.Property(t => t.Permalink).HasMaxLength(500);
        builder.Property(t => t.Problem).HasMaxLength(1000);
        builder.Property(t => t.CheckProblems).HasJsonConversion().HasMaxLength(4000);
        builder.Ignore(t => t.IsFinal);

        // The dispatcher's question: which items are due and not held by a live lease.
        builder.HasIndex(t => new { t.State, t.NextAttemptAtUtc });
        builder.HasIndex(t => new { t.ScheduledPostId, t.InstagramAccountId }).IsUnique();
        builder.HasIndex(t => t.InstagramAccountId);
    }
}
