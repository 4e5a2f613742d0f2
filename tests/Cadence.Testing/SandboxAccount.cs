namespace Cadence.Testing;

/// <summary>A sandbox test account: <paramref name="Id"/> is the IG user id (<c>1784…</c>, <c>user_id</c> of <c>GET /me</c>).</summary>
public sealed record SandboxAccount(string Id, string AppScopedId, string Username, string AccessToken);
