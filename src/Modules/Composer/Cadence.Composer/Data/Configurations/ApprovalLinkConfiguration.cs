using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Composer.Data.Configurations;

internal sealed class ApprovalLinkConfiguration : IEntityTypeConfiguration<ApprovalLink>
{
    public void Configure(EntityTypeBuilder<ApprovalLink> builder)
    {
        builder.ToTable("ApprovalLinks");
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.Property(l => l.RecipientName).HasMaxLength(200);
        builder.Property(l => l.RecipientEmail).HasMaxLength(256);
        builder.HasIndex(l => new { l.AgencyId, l.ClientId });
        builder.HasMany(l => l.Posts).WithOne().HasForeignKey(p => p.ApprovalLinkId).OnDelete(DeleteBehavior.Cascade);
    }
}
