using Cadence.Accounts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Accounts.Data.Configurations;

internal sealed class OAuthAttemptConfiguration : IEntityTypeConfiguration<OAuthAttempt>
{
    public void Configure(EntityTypeBuilder<OAuthAttempt> builder)
    {
        builder.ToTable("OAuthAttempts");
        builder.Property(a => a.StateHash).HasMaxLength(64);
        builder.Property(a => a.BrowserBindingHash).HasMaxLength(64);
        builder.HasIndex(a => a.StateHash).IsUnique();
        builder.HasIndex(a => a.ExpiresAtUtc);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}
