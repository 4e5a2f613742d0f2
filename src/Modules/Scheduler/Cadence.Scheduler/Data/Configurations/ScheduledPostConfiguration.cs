using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Scheduler.Data.Configurations;

internal sealed class ScheduledPostConfiguration : IEntityTypeConfiguration<ScheduledPost>
{
    public void Configure(EntityTypeBuilder<ScheduledPost> builder)
    {
        builder.ToTable("ScheduledPosts");
        builder.Property(p => p.Mode).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => new { p.AgencyId, p.ClientId, p.DueAtUtc });

        // A post is booked once; rescheduling moves the booking.
        builder.HasIndex(p => new { p.AgencyId, p.PostId }).IsUnique();
        builder.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.ScheduledPostId).OnDelete(DeleteBehavior.Cascade);
    }
}
