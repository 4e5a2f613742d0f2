using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Composer.Data.Configurations;

internal sealed class PostAccountConfiguration : IEntityTypeConfiguration<PostAccount>
{
    public void Configure(EntityTypeBuilder<PostAccount> builder)
    {
        builder.ToTable("PostAccounts");
        builder.HasKey(a => new { a.PostId, a.InstagramAccountId });
        builder.Property(a => a.CaptionOverride).HasMaxLength(10_000);
        builder.HasIndex(a => a.InstagramAccountId);
    }
}
