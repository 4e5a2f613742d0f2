using Cadence.BuildingBlocks.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Web;

internal static class UseCaseRefusals
{
    /// <summary>
    /// 404 for what is not there (or belongs to another agency), 403 for what the person may not do; null when the errors
    /// are for the person to fix on the page. A plain 403 status, not a challenge, so htmx gets a status it can report.
    /// </summary>
    public static IActionResult? Refusal(this PageModel page, IReadOnlyList<Error> errors) =>
        errors.Any(e => e.Code == "not_found") ? page.NotFound()
        : errors.Any(e => e.Code == "forbidden" && e.Field is null) ? page.StatusCode(StatusCodes.Status403Forbidden)
        : null;
}
