using Microsoft.AspNetCore.Mvc;

namespace Cadence.Accounts.Identity;

internal static class ReturnUrls
{
    public const string Dashboard = "/";

    /// <summary>Only ever sends people back within Cadence; anything else (another site, a malformed URL) goes to the dashboard.</summary>
    public static string Safe(this IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : Dashboard;
}
