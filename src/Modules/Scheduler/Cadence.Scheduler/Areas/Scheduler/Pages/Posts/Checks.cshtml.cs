using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Scheduler.Features.Checks;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Scheduler.Areas.Scheduler.Pages.Posts;

/// <summary>A booked post's checks before publishing, and "Check now" to run them again straight away.</summary>
[Authorize(Policy = Permission.ViewContent)]
internal sealed class ChecksModel(PostCheckResults checks) : PageModel
{
    public PostChecksView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid postId, CancellationToken cancellationToken)
    {
        View = await checks.ForPostAsync(postId, cancellationToken);
        return View.IsBooked ? this.PageOrPartial("_Checks", View) : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid postId, CancellationToken cancellationToken)
    {
        if (!await checks.RunNowAsync(postId, cancellationToken))
        {
            return NotFound();
        }

        View = await checks.ForPostAsync(postId, cancellationToken);
        Toast.Show(this, View.HasProblems ? "Checked: some checks failed, see below." : "Checked: everything passed.");
        return Request.IsHtmx() ? Partial("_Checks", View) : Redirect(Url.Page("./Details", new { postId })!);
    }
}
