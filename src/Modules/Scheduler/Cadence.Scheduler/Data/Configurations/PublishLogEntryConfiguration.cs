using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Scheduler.Data.Configurations;

internal sealed class PublishLogEntryConfiguration : IEntityTypeConfiguration<PublishLogEntry>
{
    public void Configure(EntityTypeBuilder<PublishLogEntry> builder)
    {
        builder.ToTable("PublishLog");
        builder.Property(e => e.Step).HasMaxLength(32);
        builder.Property(e => e.Outcome).HasMaxLength(32);
        builder.Property(e => e.Detail).HasMaxLength(2000);
        builder.HasIndex(e => new { e.PublishTargetId, e.AtUtc });
        builder.HasOne<PublishTarget>().WithMany().HasForeignKey(e => e.PublishTargetId).OnDelete(DeleteBehavior.Cascade);
    }
}
