using Cadence.BuildingBlocks.Events;

namespace Cadence.Composer.Contracts.Posts;

/// <summary>A post got every approval its client requires (or needs none and was submitted): it may be scheduled.</summary>
public sealed record PostApproved(Guid PostId, Guid ClientId, int ContentVersion) : IntegrationEvent;

/// <summary>A post's content changed; a scheduled copy of an older version must be taken again before publishing.</summary>
public sealed record PostContentChanged(Guid PostId, Guid ClientId, int ContentVersion, bool IsApproved) : IntegrationEvent;

/// <summary>A draft was deleted: nothing of it may be published.</summary>
public sealed record PostDeleted(Guid PostId, Guid ClientId) : IntegrationEvent;
