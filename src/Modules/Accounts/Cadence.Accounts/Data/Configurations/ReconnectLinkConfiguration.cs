using Cadence.Accounts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Accounts.Data.Configurations;

internal sealed class ReconnectLinkConfiguration : IEntityTypeConfiguration<ReconnectLink>
{
    public void Configure(EntityTypeBuilder<ReconnectLink> builder)
    {
        builder.ToTable("ReconnectLinks");
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.AccountId);

        // The agency owns the link through its account; a second cascade path from Agency would be refused by SQL Server.
        builder.HasOne<LinkedAccount>().WithMany().HasForeignKey(l => l.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
