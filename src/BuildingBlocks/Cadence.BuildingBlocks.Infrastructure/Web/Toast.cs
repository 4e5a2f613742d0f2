using System.Text.Json;
using Htmx;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.BuildingBlocks.Infrastructure.Web;

public static class Toast
{
    public const string TempDataKey = "cadence.toast";
    public const string EventName = "cadence:toast";

    /// <summary>Tells the person what happened: an htmx event for partial responses, TempData for the next full page.</summary>
    public static void Show(PageModel page, string message)
    {
        if (page.Request.IsHtmx() && !page.Response.Headers.ContainsKey("HX-Redirect"))
        {
            page.Response.Headers["HX-Trigger"] = JsonSerializer.Serialize(new Dictionary<string, object> { [EventName] = new { message } });
        }
        else
        {
            page.TempData[TempDataKey] = message;
        }
    }
}
