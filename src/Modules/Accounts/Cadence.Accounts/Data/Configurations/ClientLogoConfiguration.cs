using Cadence.Accounts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Accounts.Data.Configurations;

internal sealed class ClientLogoConfiguration : IEntityTypeConfiguration<ClientLogo>
{
    public void Configure(EntityTypeBuilder<ClientLogo> builder)
    {
        builder.ToTable("ClientLogos");
        builder.HasKey(l => l.ClientId);
        builder.Property(l => l.ContentType).HasMaxLength(32);
        builder.HasOne<Client>().WithOne().HasForeignKey<ClientLogo>(l => l.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}
