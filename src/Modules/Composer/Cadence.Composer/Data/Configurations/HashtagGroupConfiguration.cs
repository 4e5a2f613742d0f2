using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Composer.Data.Configurations;

internal sealed class HashtagGroupConfiguration : IEntityTypeConfiguration<HashtagGroup>
{
    public void Configure(EntityTypeBuilder<HashtagGroup> builder)
    {
        builder.ToTable("HashtagGroups");
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.Property(g => g.Hashtags).HasMaxLength(3000);
        builder.HasIndex(g => new { g.AgencyId, g.ClientId, g.Name }).IsUnique();
    }
}
