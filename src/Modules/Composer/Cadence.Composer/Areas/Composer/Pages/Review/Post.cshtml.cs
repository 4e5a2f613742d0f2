using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Features.Approvals;
using Cadence.Composer.Features.Approvals.Links;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.Review;

[Authorize(Policy = Permission.ViewContent)]
internal sealed class PostModel(GetPostReview getReview) : PageModel
{
    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public LinkInput Link { get; set; } = new();

    public PostReviewView Review { get; private set; } = null!;

    public IReadOnlyList<string> SubmitViolations { get; private set; } = [];

    public string? Problem { get; private set; }

    public ApprovalLinkCreated? CreatedLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? this.PageOrPartial("_Review") : NotFound();

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, [FromServices] SubmitForReview submit, CancellationToken cancellationToken) =>
        await AfterAsync(id, await submit.HandleAsync(Decision(id), cancellationToken), "Submitted for review", cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, [FromServices] ApprovePost approve, CancellationToken cancellationToken) =>
        await AfterAsync(id, await approve.HandleAsync(Decision(id), cancellationToken), "Approved", cancellationToken);

    public async Task<IActionResult> OnPostRequestChangesAsync(Guid id, [FromServices] RequestPostChanges requestChanges, CancellationToken cancellationToken) =>
        await AfterAsync(id, await requestChanges.HandleAsync(Decision(id), cancellationToken), "Changes requested", cancellationToken);

    public async Task<IActionResult> OnPostCreateLinkAsync(Guid id, [FromServices] CreateApprovalLink create, CancellationToken cancellationToken)
    {
        var created = await create.HandleAsync(Link.ToRequest([id]), this.ClientLinkUrl, cancellationToken);
        if (this.Refusal(created.Errors) is { } refusal)
        {
            return refusal;
        }

        if (created.Succeeded)
        {
            CreatedLink = created.Value;
            Link = new();
            ModelState.Clear();
            Toast.Show(this, created.Value.EmailedTo is null ? "Client link created" : $"Client link sent to {created.Value.EmailedTo}");
        }
        else
        {
            ModelState.AddErrors(created.Errors.Select(e => e.Field == nameof(CreateApprovalLinkRequest.PostIds) ? e with { Field = null } : e), prefix: nameof(Link));
        }

        return await ShowAsync(id, created.Succeeded, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeLinkAsync(Guid id, Guid linkId, [FromServices] RevokeApprovalLink revoke, CancellationToken cancellationToken) =>
        await AfterAsync(id, await revoke.HandleAsync(linkId, cancellationToken), "Client link revoked", cancellationToken);

    private ReviewRequest Decision(Guid id) => new(id, Version, Comment);

    private async Task<IActionResult> AfterAsync(Guid id, Result result, string done, CancellationToken cancellationToken)
    {
        if (this.Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        if (!result.Succeeded)
        {
            (SubmitViolations, Problem) = ReviewOutcome.Sort(result.Errors, ModelState);
            return await ShowAsync(id, succeeded: false, cancellationToken);
        }

        if (!Request.IsHtmx())
        {
            Toast.Show(this, done);
            return RedirectToPage(new { id });
        }

        ModelState.Clear();
        Comment = null;
        var shown = await ShowAsync(id, succeeded: true, cancellationToken);
        Toast.Show(this, Review.Post.Status == Domain.ApprovalStatus.Approved && done == "Submitted for review" ? "Approved: this client needs no approval" : done);
        return shown;
    }

    /// <summary>The review again: the fragment for htmx (422 when refused, which the layout swaps), else the page.</summary>
    private async Task<IActionResult> ShowAsync(Guid id, bool succeeded, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return this.PageOrPartial("_Review");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await getReview.HandleAsync(id, cancellationToken);
        Review = found!;
        return found is not null;
    }
}
