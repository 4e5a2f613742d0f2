using Microsoft.AspNetCore.Http;

namespace Cadence.BuildingBlocks.Infrastructure.Tenancy;

/// <summary>The agency a member of several chose to work in; only a preference, checked against memberships on each request.</summary>
public static class AgencySelection
{
    public const string CookieName = "cadence.agency";

    public static void Choose(HttpResponse response, Guid agencyId) =>
        response.Cookies.Append(CookieName, agencyId.ToString(), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
        });
}
