using Microsoft.AspNetCore.Http;

namespace Cadence.Accounts.Areas.Accounts.Pages.Instagram;

/// <summary>The cookie that ties a reconnect-link attempt to the browser that started it.</summary>
internal static class ReconnectBrowser
{
    public const string CookieName = "cadence.instagram-reconnect";

    public static void Remember(HttpResponse response, string binding, TimeSpan lifetime) =>
        response.Cookies.Append(CookieName, binding, new CookieOptions
        {
            HttpOnly = true,
            Secure = response.HttpContext.Request.IsHttps,
            // Lax: the cookie must ride on Instagram's top-level redirect back to the callback.
            SameSite = SameSiteMode.Lax,
            MaxAge = lifetime,
            Path = "/instagram/callback",
            IsEssential = true,
        });

    public static void Forget(HttpResponse response) => response.Cookies.Delete(CookieName, new CookieOptions { Path = "/instagram/callback" });
}
