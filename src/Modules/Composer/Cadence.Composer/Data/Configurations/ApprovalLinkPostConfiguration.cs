using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Composer.Data.Configurations;

internal sealed class ApprovalLinkPostConfiguration : IEntityTypeConfiguration<ApprovalLinkPost>
{
    public void Configure(EntityTypeBuilder<ApprovalLinkPost> builder)
    {
        builder.ToTable("ApprovalLinkPosts");
        builder.HasKey(p => new { p.ApprovalLinkId, p.PostId });
        builder.HasIndex(p => p.PostId);
        builder.HasOne<Post>().WithMany().HasForeignKey(p => p.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
