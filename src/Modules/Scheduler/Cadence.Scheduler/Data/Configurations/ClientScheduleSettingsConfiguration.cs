using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Scheduler.Data.Configurations;

internal sealed class ClientScheduleSettingsConfiguration : IEntityTypeConfiguration<ClientScheduleSettings>
{
    public void Configure(EntityTypeBuilder<ClientScheduleSettings> builder)
    {
        builder.ToTable("ClientSettings");
        builder.HasKey(s => s.ClientId);
        builder.Property(s => s.ClientId).ValueGeneratedNever();
    }
}
