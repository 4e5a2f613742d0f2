using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.Components;
using Cadence.InstagramSandbox.Graph;
using Cadence.InstagramSandbox.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cadence.InstagramSandbox.OAuth;

/// <summary><c>/oauth/authorize</c> (consent page) and <c>/oauth/access_token</c> (code → short-lived token).</summary>
internal static class OAuthEndpoints
{
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromHours(1);
    private static readonly HashSet<string> RetiredScopes =
        ["business_basic", "business_content_publish", "business_manage_comments", "business_manage_messages", "business_manage_insights"];

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/oauth/authorize", Authorize);
        group.MapPost("/oauth/authorize", Decide).DisableAntiforgery();
        group.MapPost("/oauth/access_token", ExchangeCode).DisableAntiforgery();
    }

    private static RazorComponentResult<Consent> Authorize(HttpContext context, SandboxState state, IOptions<SandboxOptions> options)
    {
        var query = context.Request.Query;
        var request = new ConsentRequest(query["client_id"], query["redirect_uri"], query["response_type"], query["scope"], query["state"]);
        return Page(context, state, options.Value, request, null);
    }

    private static RazorComponentResult<Consent> Page(HttpContext context, SandboxState state, SandboxOptions options, ConsentRequest request, string? notice)
    {
        var error = Validate(request, options);
        List<ConsentAccount> accounts;
        lock (state.Gate)
        {
            accounts = state.Data.Accounts.Values.OrderBy(a => a.Username, StringComparer.Ordinal)
                .Select(a => new ConsentAccount(a.Id, a.Username, a.AccountType, a.FollowersCount)).ToList();
        }
        var result = new RazorComponentResult<Consent>(new
        {
            Request = request,
            Accounts = accounts,
            Error = error,
            Notice = notice,
            ActionUrl = $"{context.Request.PathBase}{context.Request.Path}",
            Scopes = Scopes(request.Scope),
        });
        if (error is not null)
        {
            result.StatusCode = 400;
        }
        return result;
    }

    private static string? Validate(ConsentRequest request, SandboxOptions options)
    {
        if (request.ClientId != options.AppId)
        {
            return "Invalid request: the client_id does not match an Instagram app.";
        }
        if (!Uri.TryCreate(request.RedirectUri, UriKind.Absolute, out _))
        {
            return "Invalid request: redirect_uri is missing or is not an absolute URL.";
        }
        if (options.RedirectUris.Count > 0 && !options.RedirectUris.Contains(request.RedirectUri!, StringComparer.Ordinal))
        {
            return "Invalid redirect_uri: it must exactly match a redirect URI registered for the app.";
        }
        if (request.ResponseType != "code")
        {
            return "Invalid request: response_type must be code.";
        }
        var scopes = Scopes(request.Scope);
        if (scopes.FirstOrDefault(RetiredScopes.Contains) is { } retired)
        {
            return $"Invalid scope: {retired}. Use the instagram_business_* scopes.";
        }
        if (scopes.FirstOrDefault(s => !TokenService.AllScopes.Contains(s)) is { } unknown)
        {
            return $"Invalid scope: {unknown}.";
        }
        return scopes.Contains("instagram_business_basic") ? null : "Invalid scope: instagram_business_basic is required.";
    }

    private static List<string> Scopes(string? scope) =>
        (scope ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    private static async Task<IResult> Decide(HttpContext context, SandboxState state, SandboxClock clock, IOptions<SandboxOptions> options)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var request = new ConsentRequest(form["client_id"], form["redirect_uri"], form["response_type"], form["scope"], form["state"]);
        if (Validate(request, options.Value) is not null)
        {
            return Page(context, state, options.Value, request, null);
        }
        var separator = request.RedirectUri!.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var stateSuffix = string.IsNullOrEmpty(request.State) ? "" : "&state=" + Uri.EscapeDataString(request.State);
        if (form["decision"] != "allow")
        {
            return Results.Redirect($"{request.RedirectUri}{separator}error=access_denied&error_reason=user_denied&error_description=The+user+denied+your+request{stateSuffix}");
        }
        string code;
        lock (state.Gate)
        {
            var account = state.FindAccount(form["account_id"].ToString());
            if (account is null)
            {
                return Page(context, state, options.Value, request, "Choose the account to connect.");
            }
            code = SandboxState.RandomToken("AQB", 96);
            state.Data.Codes[code] = new AuthorizationCode
            {
                Value = code,
                AccountId = account.Id,
                RedirectUri = request.RedirectUri,
                ClientId = request.ClientId!,
                ExpiresAt = clock.GetUtcNow() + CodeLifetime,
                Scopes = Scopes(request.Scope),
            };
        }
        return Results.Redirect($"{request.RedirectUri}{separator}code={Uri.EscapeDataString(code)}{stateSuffix}#_");
    }

    private static async Task<IResult> ExchangeCode(
        HttpContext context, SandboxState state, TokenService tokens, SandboxClock clock, IOptions<SandboxOptions> options)
    {
        if (!context.Request.HasFormContentType)
        {
            return Error("Invalid request: the body must be form data", 400);
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["client_id"] != options.Value.AppId)
        {
            return Error("Invalid platform app", 400);
        }
        if (form["client_secret"] != options.Value.AppSecret)
        {
            return Error("Error validating client secret.", 400);
        }
        if (form["grant_type"] != "authorization_code")
        {
            return Error("Invalid grant_type: authorization_code is required", 400);
        }
        lock (state.Gate)
        {
            var code = form["code"].ToString();
            if (!state.Data.Codes.TryGetValue(code, out var stored) || stored.Used || clock.GetUtcNow() >= stored.ExpiresAt)
            {
                return Error("Matching code was not found or was already used", 400);
            }
            if (stored.RedirectUri != form["redirect_uri"])
            {
                return Error("Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request", 400);
            }
            stored.Used = true;
            var token = tokens.Issue(stored.AccountId, TokenKind.Short, stored.Scopes);
            var account = state.Data.Accounts[stored.AccountId];
            var userId = long.Parse(account.AppScopedId, System.Globalization.CultureInfo.InvariantCulture);
            JsonObject body = options.Value.CodeExchangeShape == "data"
                ? new JsonObject
                {
                    ["data"] = new JsonArray(new JsonObject
                    {
                        ["access_token"] = token.Value,
                        ["user_id"] = account.AppScopedId,
                        ["permissions"] = string.Join(',', token.Scopes),
                    }),
                }
                : new JsonObject
                {
                    ["access_token"] = token.Value,
                    ["user_id"] = userId,
                    ["permissions"] = new JsonArray(token.Scopes.Select(s => (JsonNode)s).ToArray()),
                };
            return Results.Text(body.ToJsonString(), "application/json");
        }
    }

    private static IResult Error(string message, int code) => Results.Text(
        new JsonObject { ["error_type"] = "OAuthException", ["code"] = code, ["error_message"] = message }.ToJsonString(),
        "application/json", statusCode: 400);
}

public sealed record ConsentRequest(string? ClientId, string? RedirectUri, string? ResponseType, string? Scope, string? State);

public sealed record ConsentAccount(string Id, string Username, string AccountType, int Followers);
