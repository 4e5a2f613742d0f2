using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Scheduler.Data.Configurations;

internal sealed class PublishAlertConfiguration : IEntityTypeConfiguration<PublishAlert>
{
    public void Configure(EntityTypeBuilder<PublishAlert> builder)
    {
        builder.ToTable("PublishAlerts");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Message).HasMaxLength(2000);
        builder.HasIndex(a => new { a.AgencyId, a.CreatedAtUtc });
    }
}
