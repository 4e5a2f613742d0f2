using Cadence.BuildingBlocks.Events;

namespace Cadence.Accounts.Contracts.InstagramAccounts;

/// <summary>An Instagram account was linked to a client for the first time.</summary>
public sealed record InstagramAccountConnected(Guid AccountId, Guid ClientId, string InstagramUserId, string Username) : IntegrationEvent;

/// <summary>Instagram refused the account's token: hold its work until <see cref="InstagramAccountReconnected"/>.</summary>
public sealed record InstagramAccountNeedsReconnection(Guid AccountId, Guid ClientId, string Username, string Reason) : IntegrationEvent;

/// <summary>An account that needed reconnection, or was disconnected, works again with a fresh token.</summary>
public sealed record InstagramAccountReconnected(Guid AccountId, Guid ClientId, string InstagramUserId, string Username) : IntegrationEvent;

/// <summary>The account was unlinked: its token is gone, its history stays.</summary>
public sealed record InstagramAccountDisconnected(Guid AccountId, Guid ClientId, string Username) : IntegrationEvent;
