using System.Security.Claims;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Cadence.BuildingBlocks.Infrastructure.Tenancy;

/// <summary>Resolves, on each request, which agency the signed-in person acts for and in what role.</summary>
internal sealed class CurrentAgencyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, CurrentAgency current, IAgencyMembershipResolver resolver)
    {
        if (http.User.Identity?.IsAuthenticated == true
            && Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            var preferred = Guid.TryParse(http.Request.Cookies[AgencySelection.CookieName], out var chosen) ? chosen : (Guid?)null;
            var membership = await resolver.ResolveAsync(userId, preferred, http.RequestAborted);
            if (membership is not null)
            {
                current.Set(membership);
            }
        }

        await next(http);
    }
}
