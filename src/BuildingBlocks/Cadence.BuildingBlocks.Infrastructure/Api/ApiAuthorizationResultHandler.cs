using Cadence.BuildingBlocks.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Cadence.BuildingBlocks.Infrastructure.Api;

/// <summary>
/// API callers are refused with the error envelope and a 401 or 403; the cookie scheme would otherwise redirect them
/// to the sign-in page and the status page would answer HTML.
/// </summary>
internal sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private static readonly PathString ApiPath = new("/api");

    private readonly AuthorizationMiddlewareResultHandler _pages = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!context.Request.Path.StartsWithSegments(ApiPath) || authorizeResult.Succeeded)
        {
            await _pages.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var error = authorizeResult.Challenged
            ? new Error("unauthorized", "Sign in to use the API.")
            : Error.Forbidden("Your role in this agency does not allow this.");
        await ApiError.From([error]).ExecuteAsync(context);
    }
}
