using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Cadence.BuildingBlocks.Infrastructure.Persistence;

/// <summary>What every module's context has beside its own tables: an outbox for the events it sends and an inbox for those it handled.</summary>
public interface IModuleDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<InboxMessage> InboxMessages { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
