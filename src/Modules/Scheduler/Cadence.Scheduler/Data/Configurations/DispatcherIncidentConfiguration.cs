using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Scheduler.Data.Configurations;

internal sealed class DispatcherIncidentConfiguration : IEntityTypeConfiguration<DispatcherIncident>
{
    public void Configure(EntityTypeBuilder<DispatcherIncident> builder)
    {
        builder.ToTable("DispatcherIncidents");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(i => new { i.AgencyId, i.Kind, i.ResolvedAtUtc });
    }
}
