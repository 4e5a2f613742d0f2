using Cadence.Accounts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Accounts.Data.Configurations;

internal sealed class LinkedAccountConfiguration : IEntityTypeConfiguration<LinkedAccount>
{
    public void Configure(EntityTypeBuilder<LinkedAccount> builder)
    {
        builder.ToTable("InstagramAccounts");
        builder.Property(a => a.InstagramUserId).HasMaxLength(32);
        builder.Property(a => a.Username).HasMaxLength(64);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.AccountType).HasMaxLength(32);
        builder.Property(a => a.ProfilePictureUrl).HasMaxLength(2048);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.ProtectedToken).HasMaxLength(4000);
        builder.Property(a => a.Permissions).HasMaxLength(512);
        builder.Property(a => a.Problem).HasMaxLength(1000);
        builder.Ignore(a => a.PermissionList);

        // An Instagram account belongs to one client of an agency; another agency may manage it too.
        builder.HasIndex(a => new { a.AgencyId, a.InstagramUserId }).IsUnique();
        builder.HasIndex(a => new { a.AgencyId, a.ClientId });
        builder.HasIndex(a => new { a.State, a.TokenExpiresAtUtc });
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Cascade);

        // Clients are archived, never deleted; NoAction also keeps SQL Server free of a second cascade path.
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.NoAction);
    }
}
