using Cadence.Accounts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Accounts.Data.Configurations;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.ToTable("Clients");
        builder.Property(c => c.Name).HasMaxLength(120);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64);
        builder.Property(c => c.BrandColor).HasMaxLength(7);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.HasIndex(c => new { c.AgencyId, c.Name });
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}
