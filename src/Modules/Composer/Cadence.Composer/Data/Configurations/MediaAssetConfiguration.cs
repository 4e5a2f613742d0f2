using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Composer.Data.Configurations;

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    public void Configure(EntityTypeBuilder<MediaAsset> builder)
    {
        builder.ToTable("MediaAssets");
        builder.Property(m => m.FileName).HasMaxLength(255);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.SourceFormat).HasMaxLength(16);
        builder.Property(m => m.OriginalKey).HasMaxLength(300);
        builder.Property(m => m.PublishKey).HasMaxLength(300);
        builder.Property(m => m.PublishContentType).HasMaxLength(64);
        builder.Property(m => m.ThumbnailKey).HasMaxLength(300);
        builder.Property(m => m.VideoCodec).HasMaxLength(32);
        builder.Property(m => m.AudioCodec).HasMaxLength(32);
        builder.Property(m => m.Crop).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Folder).HasMaxLength(100);
        builder.Property(m => m.Tags).HasMaxLength(1000);
        builder.Ignore(m => m.AspectRatio);
        builder.HasIndex(m => new { m.AgencyId, m.ClientId, m.CreatedAtUtc });
    }
}
