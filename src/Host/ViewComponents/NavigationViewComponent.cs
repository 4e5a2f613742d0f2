using Cadence.BuildingBlocks.Navigation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cadence.Host.ViewComponents;

/// <summary>The main navigation: what every module contributed, less what the person may not open, with badge counts.</summary>
public sealed class NavigationViewComponent(IEnumerable<NavigationItem> items, IEnumerable<INavigationBadge> badges, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var visible = new List<NavigationLink>();
        foreach (var item in items.OrderBy(i => i.Order))
        {
            if (item.Policy is null || (await authorization.AuthorizeAsync(UserClaimsPrincipal, item.Policy)).Succeeded)
            {
                var badge = item.Page is null ? null : badges.FirstOrDefault(b => b.Area == item.Area && b.Page == item.Page);
                var count = badge is null ? 0 : await badge.CountAsync(HttpContext.RequestAborted);
                visible.Add(new NavigationLink(item, count, badge?.Label));
            }
        }

        return View(visible);
    }
}
