using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cadence.Accounts.Identity;

/// <summary>Absolute links to the Identity pages, built from the current request, for use in email.</summary>
internal sealed class AccountLinks(LinkGenerator links, IHttpContextAccessor accessor)
{
    public string ConfirmEmail(Guid userId, string code) =>
        Absolute("/Account/ConfirmEmail", new { area = "Identity", userId, code });

    public string ResetPassword(string email, string code) =>
        Absolute("/Account/ResetPassword", new { area = "Identity", email, code });

    private string Absolute(string page, object values)
    {
        var http = accessor.HttpContext ?? throw new InvalidOperationException("Account links are built while handling a request.");
        return links.GetUriByPage(http, page, handler: null, values)
            ?? throw new InvalidOperationException($"No route leads to {page}.");
    }
}
