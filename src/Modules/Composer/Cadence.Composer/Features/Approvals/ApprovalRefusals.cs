using Cadence.BuildingBlocks.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Features.Approvals;

internal static class ApprovalRefusals
{
    /// <summary>404 for what is not there (or is another agency's), a plain 403 for what the person may not do; null otherwise.</summary>
    public static IActionResult? Refusal(this PageModel page, IReadOnlyList<Error> errors) =>
        errors.Any(e => e.Code == "not_found") ? page.NotFound()
        : errors.Any(e => e.Code == "forbidden" && e.Field is null) ? page.StatusCode(StatusCodes.Status403Forbidden)
        : null;

    /// <summary>The absolute address of the client approval page for a link's secret, as the client receives it.</summary>
    public static string ClientLinkUrl(this PageModel page, string token) =>
        page.Url.Page("/ClientApproval/Index", pageHandler: null, values: new { area = "Composer", token }, protocol: page.Request.Scheme)
        ?? throw new InvalidOperationException("The client approval page has no route.");
}
