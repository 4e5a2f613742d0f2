namespace Cadence.Instagram;

/// <summary>What the authorize page is asked for. <see cref="State"/> must be an unguessable value tied to the browser session.</summary>
public sealed record AuthorizeRequest(string State, IReadOnlyList<string>? Scopes = null, bool ForceAuthentication = false, bool EnableFacebookLogin = false);
