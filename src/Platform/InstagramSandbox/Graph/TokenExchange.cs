using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.State;
using Microsoft.Extensions.Options;

namespace Cadence.InstagramSandbox.Graph;

/// <summary><c>/access_token</c> (short → long-lived) and <c>/refresh_access_token</c> on the Graph host.</summary>
internal sealed class TokenExchange(SandboxState state, TokenService tokens, SandboxClock clock, IOptions<SandboxOptions> options)
{
    public JsonNode ExchangeForLongLived(GraphRequest request)
    {
        if (request["grant_type"] != "ig_exchange_token")
        {
            throw GraphException.Parameter("Unsupported grant_type: ig_exchange_token is required");
        }
        if (request["client_secret"] != options.Value.AppSecret)
        {
            throw GraphException.Parameter("Error validating client secret.", userTitle: null);
        }
        lock (state.Gate)
        {
            var shortToken = tokens.Validate(request.Token);
            if (shortToken.Kind != TokenKind.Short)
            {
                throw GraphException.Parameter("(#100) The access token is already a long-lived token");
            }
            var issued = tokens.Issue(shortToken.AccountId, TokenKind.Long, shortToken.Scopes);
            return Answer(issued);
        }
    }

    public JsonNode Refresh(GraphRequest request)
    {
        if (request["grant_type"] != "ig_refresh_token")
        {
            throw GraphException.Parameter("Unsupported grant_type: ig_refresh_token is required");
        }
        lock (state.Gate)
        {
            var current = tokens.Validate(request.Token);
            if (current.Kind != TokenKind.Long)
            {
                throw GraphException.Parameter("(#100) Only long-lived tokens can be refreshed");
            }
            if (clock.GetUtcNow() - current.IssuedAt < TokenService.RefreshFloor)
            {
                throw GraphException.Parameter("(#100) The access token can only be refreshed 24 hours after it was issued");
            }
            if (!current.Scopes.Contains("instagram_business_basic", StringComparer.Ordinal))
            {
                throw GraphException.Permission();
            }
            var issued = tokens.Issue(current.AccountId, TokenKind.Long, current.Scopes);
            return Answer(issued);
        }
    }

    private JsonObject Answer(AccessToken token) => new()
    {
        ["access_token"] = token.Value,
        ["token_type"] = "bearer",
        ["expires_in"] = (long)(token.ExpiresAt - clock.GetUtcNow()).TotalSeconds,
    };
}
