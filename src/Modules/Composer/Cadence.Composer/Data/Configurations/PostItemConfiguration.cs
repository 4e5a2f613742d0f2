using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Composer.Data.Configurations;

internal sealed class PostItemConfiguration : IEntityTypeConfiguration<PostItem>
{
    public void Configure(EntityTypeBuilder<PostItem> builder)
    {
        builder.ToTable("PostItems");

        // Items get their id from the domain and are added to a tracked post: a "generated" key would make EF update them.
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.AltText).HasMaxLength(4000);
        builder.Property(i => i.UserTags).HasJsonConversion().HasMaxLength(8000);
        builder.HasIndex(i => i.MediaAssetId);

        // A file in use cannot be deleted: the library checks usage first and the database refuses the rest.
        builder.HasOne<MediaAsset>().WithMany().HasForeignKey(i => i.MediaAssetId).OnDelete(DeleteBehavior.Restrict);
    }
}
