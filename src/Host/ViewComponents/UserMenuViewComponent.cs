using System.Security.Claims;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace Cadence.Host.ViewComponents;

public sealed class UserMenuViewComponent(ICurrentAgency current) : ViewComponent
{
    public IViewComponentResult Invoke() =>
        View(new UserMenuModel(UserClaimsPrincipal.FindFirstValue(ClaimTypes.Name) ?? "Account", current.Role));
}

public sealed record UserMenuModel(string Name, AgencyRole? Role);
