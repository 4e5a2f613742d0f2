using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Results;
using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages;

/// <summary>How the hashtag group and caption template forms answer a save.</summary>
internal static class CaptionHelperForms
{
    /// <summary>The form again with the errors next to their fields: a 422 fragment for htmx, the whole page otherwise.</summary>
    public static IActionResult FormWithErrors(this PageModel page, IReadOnlyList<Error> errors)
    {
        if (errors.Any(e => e.Code == "not_found"))
        {
            return page.NotFound();
        }

        page.ModelState.AddErrors(errors);
        if (page.Request.IsHtmx())
        {
            page.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return page.PageOrPartial("_Form", page);
    }

    public static IActionResult SavedTo(this PageModel page, Guid clientId, string message)
    {
        var result = page.RedirectAfterPost(page.Url.Page("./Index", new { clientId })!);
        Toast.Show(page, message);
        return result;
    }

    /// <summary>After a delete: the client's refreshed list for htmx, a redirect to it otherwise.</summary>
    public static async Task<IActionResult> DeletedFromAsync(this PageModel page, Guid clientId, string message, string fragment, Func<Task<object>> panel)
    {
        Toast.Show(page, message);
        if (!page.Request.IsHtmx())
        {
            return new RedirectResult(page.Url.Page("./Index", new { clientId })!);
        }

        page.Response.Headers.Vary = "HX-Request";
        return page.Partial(fragment, await panel());
    }
}
