using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Results;
using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Clients;

internal static class ClientFormResults
{
    /// <summary>The form again with the errors next to their fields: a 422 fragment for htmx, the whole page otherwise.</summary>
    public static IActionResult FormWithErrors(this PageModel page, IReadOnlyList<Error> errors)
    {
        page.ModelState.AddErrors(errors);
        if (page.Request.IsHtmx())
        {
            page.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return page.PageOrPartial("_Form", page);
    }

    public static IActionResult ClientSaved(this PageModel page, Guid clientId)
    {
        var result = page.RedirectAfterPost(page.Url.Page("./Details", new { id = clientId })!);
        Toast.Show(page, "Client saved");
        return result;
    }
}
