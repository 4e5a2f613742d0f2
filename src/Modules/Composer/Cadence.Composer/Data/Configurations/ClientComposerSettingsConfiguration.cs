using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Composer.Data.Configurations;

internal sealed class ClientComposerSettingsConfiguration : IEntityTypeConfiguration<ClientComposerSettings>
{
    public void Configure(EntityTypeBuilder<ClientComposerSettings> builder)
    {
        builder.ToTable("ClientSettings");
        builder.HasKey(s => s.ClientId);
        builder.Property(s => s.ClientId).ValueGeneratedNever();
        builder.Property(s => s.ReviewerUserIds).HasJsonConversion().HasMaxLength(4000);
        builder.Ignore(s => s.Policy);
    }
}
