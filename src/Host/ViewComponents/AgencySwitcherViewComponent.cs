using System.Security.Claims;
using Cadence.Accounts.Contracts.Agencies;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace Cadence.Host.ViewComponents;

public sealed class AgencySwitcherViewComponent(IAgencyDirectory agencies, ICurrentAgency current) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = Guid.Parse(UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var choices = await agencies.ListForUserAsync(userId, HttpContext.RequestAborted);
        return View(new AgencySwitcherModel(choices, current.AgencyId));
    }
}

public sealed record AgencySwitcherModel(IReadOnlyList<AgencyChoice> Choices, Guid? CurrentAgencyId);
