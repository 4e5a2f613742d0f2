using System.Globalization;
using Cadence.Accounts.Areas.Accounts.Pages.Instagram;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Features.Clients;
using Cadence.BuildingBlocks.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Clients;

[Authorize(Policy = Permission.ViewContent)]
internal sealed class DetailsModel(
    GetClient getClient, GetClientLogo getLogo, IInstagramAccountDirectory instagramAccounts, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public ClientDetails Client { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public ClientInstagramAccounts Instagram { get; private set; } = null!;

    public DateTimeOffset LocalNow { get; private set; }

    public string LocalNowText => LocalNow.ToString("dddd d MMMM, HH:mm", CultureInfo.InvariantCulture);

    public string LocalNowIso => LocalNow.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await getClient.HandleAsync(id, cancellationToken);
        if (!found.Succeeded)
        {
            return NotFound();
        }

        Client = found.Value;
        CanManage = (await authorization.AuthorizeAsync(User, Permission.ManageClients)).Succeeded;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(Client.TimeZone, out var clientZone) ? clientZone : TimeZoneInfo.Utc;
        LocalNow = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        var canManageInstagram = (await authorization.AuthorizeAsync(User, Permission.ManageInstagramAccounts)).Succeeded;
        var (notice, problem) = ConnectionMessages.Take(TempData);
        Instagram = new ClientInstagramAccounts(Client.Id, Client.Name, Client.TimeZone, Client.IsArchived,
            await instagramAccounts.ListForClientAsync(Client.Id, cancellationToken), canManageInstagram, notice, problem);
        return Page();
    }

    public async Task<IActionResult> OnGetLogoAsync(Guid id, CancellationToken cancellationToken)
    {
        var logo = await getLogo.HandleAsync(id, cancellationToken);
        if (!logo.Succeeded)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-cache";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(logo.Value.Content, logo.Value.ContentType);
    }
}
