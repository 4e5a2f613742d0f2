using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.BuildingBlocks.Infrastructure.Web;

public static class HtmxPageExtensions
{
    /// <summary>The fragment for an htmx request, the whole page otherwise; responses vary on HX-Request so caches keep them apart.</summary>
    public static IActionResult PageOrPartial(this PageModel page, string partialName, object? model = null)
    {
        page.Response.Headers.Vary = "HX-Request";
        return page.Request.IsHtmx() && !page.Request.IsHtmxBoosted() && !page.Request.IsHtmxHistoryRestoreRequest()
            ? page.Partial(partialName, model ?? page)
            : page.Page();
    }

    /// <summary>After a successful POST: htmx follows HX-Location, a plain form follows the redirect.</summary>
    public static IActionResult RedirectAfterPost(this PageModel page, string url)
    {
        if (page.Request.IsHtmx())
        {
            page.Response.Htmx(h => h.Redirect(url));
            return new NoContentResult();
        }

        return new RedirectResult(url);
    }
}
