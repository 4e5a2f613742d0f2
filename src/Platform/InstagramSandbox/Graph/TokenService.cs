using System.Globalization;
using Cadence.InstagramSandbox.State;

namespace Cadence.InstagramSandbox.Graph;

/// <summary>Issues and checks Instagram User access tokens (1 h short-lived, 60 d long-lived).</summary>
internal sealed class TokenService(SandboxState state, SandboxClock clock, Microsoft.Extensions.Options.IOptions<SandboxOptions> options)
{
    public static readonly TimeSpan ShortLifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan LongLifetime = TimeSpan.FromDays(60);
    public static readonly TimeSpan RefreshFloor = TimeSpan.FromHours(24);

    public static readonly IReadOnlyList<string> AllScopes =
    [
        "instagram_business_basic", "instagram_business_content_publish", "instagram_business_manage_comments",
        "instagram_business_manage_messages", "instagram_business_manage_insights",
    ];

    /// <summary>Call under <see cref="SandboxState.Gate"/>.</summary>
    public AccessToken Issue(string accountId, TokenKind kind, IEnumerable<string>? scopes = null)
    {
        var now = clock.GetUtcNow();
        var token = new AccessToken
        {
            Value = SandboxState.RandomToken("IGAA"),
            AccountId = accountId,
            Kind = kind,
            IssuedAt = now,
            ExpiresAt = now + (kind == TokenKind.Short ? ShortLifetime : LongLifetime),
            Scopes = (scopes ?? AllScopes).ToList(),
        };
        state.Data.Tokens[token.Value] = token;
        return token;
    }

    /// <summary>Call under <see cref="SandboxState.Gate"/>. Throws code 190 with the subcode Instagram uses.</summary>
    public AccessToken Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new GraphException(2500, null, "An active access token must be used to query information about the current user.");
        }
        if (!state.Data.Tokens.TryGetValue(value, out var token) || !state.Data.Accounts.ContainsKey(token.AccountId))
        {
            throw new GraphException(190, null, "Invalid OAuth access token - Cannot parse access token");
        }
        if (token.Revoked)
        {
            throw new GraphException(190, 458,
                $"Error validating access token: The user has not authorized application {options.Value.AppId}.");
        }
        var now = clock.GetUtcNow();
        if (now >= token.ExpiresAt)
        {
            throw new GraphException(190, 463,
                $"Error validating access token: Session has expired on {Describe(token.ExpiresAt)}. The current time is {Describe(now)}.");
        }
        return token;
    }

    private static string Describe(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("dddd, dd-MMM-yy HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
