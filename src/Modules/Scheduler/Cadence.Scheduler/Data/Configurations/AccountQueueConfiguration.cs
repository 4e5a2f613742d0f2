using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cadence.Scheduler.Data.Configurations;

internal sealed class AccountQueueConfiguration : IEntityTypeConfiguration<AccountQueue>
{
    public void Configure(EntityTypeBuilder<AccountQueue> builder)
    {
        builder.ToTable("AccountQueues");
        builder.HasKey(q => q.InstagramAccountId);
        builder.Property(q => q.InstagramAccountId).ValueGeneratedNever();
    }
}
