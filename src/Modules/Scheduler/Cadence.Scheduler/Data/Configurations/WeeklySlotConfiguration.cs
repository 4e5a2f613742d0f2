using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Scheduler.Data.Configurations;

internal sealed class WeeklySlotConfiguration : IEntityTypeConfiguration<WeeklySlot>
{
    public void Configure(EntityTypeBuilder<WeeklySlot> builder)
    {
        builder.ToTable("QueueSlots");
        builder.HasIndex(s => new { s.InstagramAccountId, s.Day, s.MinuteOfDay }).IsUnique();
    }
}
