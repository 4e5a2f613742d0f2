using System.Text.Json;
using Cadence.BuildingBlocks.Events;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cadence.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Hands every committed outbox message to its handlers. Delivery is at least once; the handlers' inbox records make
/// the effect exactly once, because each is saved in the same transaction as the handler's changes.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDatabase> modules,
    IEnumerable<IntegrationEventHandlerRegistration> handlers,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 50;
    private const int MaxAttempts = 10;

    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var module in modules)
        {
            delivered += await DispatchModuleAsync(module, cancellationToken);
        }

        return delivered;
    }

    private async Task<int> DispatchModuleAsync(ModuleDatabase module, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = (IModuleDbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
        var pending = await outbox.OutboxMessages
            .Where(m => m.ProcessedAtUtc == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.OccurredAtUtc)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var message in pending)
        {
            try
            {
                foreach (var handler in handlers.Where(h => h.EventName == message.Type))
                {
                    await HandleOnceAsync(handler, message, cancellationToken);
                }

                message.ProcessedAtUtc = clock.GetUtcNow().UtcDateTime;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = exception.Message;
                LogHandlerFailed(logger, exception, message.Type, message.Id, message.Attempts);
            }

            await outbox.SaveChangesAsync(cancellationToken);
        }

        return pending.Count(m => m.ProcessedAtUtc is not null);
    }

    private async Task HandleOnceAsync(IntegrationEventHandlerRegistration registration, OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentAgency>().ActFor(message.AgencyId);
        var inbox = (IModuleDbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
        var alreadyHandled = await inbox.InboxMessages
            .AnyAsync(m => m.EventId == message.Id && m.Handler == registration.HandlerName, cancellationToken);
        if (alreadyHandled)
        {
            return;
        }

        var integrationEvent = (IntegrationEvent)JsonSerializer.Deserialize(message.Payload, registration.EventType)!;
        inbox.InboxMessages.Add(new InboxMessage
        {
            EventId = message.Id,
            Handler = registration.HandlerName,
            ProcessedAtUtc = clock.GetUtcNow().UtcDateTime,
        });

        var handler = scope.ServiceProvider.GetRequiredService(registration.HandlerType);
        await registration.Invoke(handler, integrationEvent, cancellationToken);
        await inbox.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling {EventType} {EventId} failed (attempt {Attempts}); it will be retried")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string eventType, Guid eventId, int attempts);
}
