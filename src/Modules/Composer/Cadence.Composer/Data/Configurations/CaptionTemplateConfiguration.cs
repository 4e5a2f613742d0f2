using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Composer.Data.Configurations;

internal sealed class CaptionTemplateConfiguration : IEntityTypeConfiguration<CaptionTemplate>
{
    public void Configure(EntityTypeBuilder<CaptionTemplate> builder)
    {
        builder.ToTable("CaptionTemplates");
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Body).HasMaxLength(2200);
        builder.HasIndex(t => new { t.AgencyId, t.ClientId, t.Name }).IsUnique();
    }
}
