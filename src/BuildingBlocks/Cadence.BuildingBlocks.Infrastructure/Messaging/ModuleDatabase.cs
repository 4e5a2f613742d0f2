namespace Cadence.BuildingBlocks.Infrastructure.Messaging;

/// <summary>A module's context as the host knows it: to migrate it, check it and drain its outbox.</summary>
public sealed record ModuleDatabase(string Module, Type ContextType);
