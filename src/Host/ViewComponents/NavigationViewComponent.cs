using Cadence.BuildingBlocks.Navigation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cadence.Host.ViewComponents;

/// <summary>The main navigation: what every module contributed, less what the person may not open.</summary>
public sealed class NavigationViewComponent(IEnumerable<NavigationItem> items, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var visible = new List<NavigationItem>();
        foreach (var item in items.OrderBy(i => i.Order))
        {
            if (item.Policy is null || (await authorization.AuthorizeAsync(UserClaimsPrincipal, item.Policy)).Succeeded)
            {
                visible.Add(item);
            }
        }

        return View(visible);
    }
}
