using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Scheduler.Data.Configurations;

internal sealed class DispatcherHeartbeatConfiguration : IEntityTypeConfiguration<DispatcherHeartbeat>
{
    public void Configure(EntityTypeBuilder<DispatcherHeartbeat> builder)
    {
        builder.ToTable("DispatcherHeartbeats");
        builder.HasKey(h => h.Node);
        builder.Property(h => h.Node).HasMaxLength(100);
    }
}
