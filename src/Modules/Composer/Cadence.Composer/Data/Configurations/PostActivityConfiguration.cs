using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Composer.Data.Configurations;

internal sealed class PostActivityConfiguration : IEntityTypeConfiguration<PostActivity>
{
    public void Configure(EntityTypeBuilder<PostActivity> builder)
    {
        builder.ToTable("PostActivity");

        // The domain gives each line its id and adds it to a tracked post: with a "generated" key EF would take the new
        // line for an existing row and update it instead of inserting it.
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.Comment).HasMaxLength(2000);
        builder.Property(a => a.Details).HasMaxLength(1000);
        builder.HasIndex(a => new { a.PostId, a.AtUtc });
    }
}
