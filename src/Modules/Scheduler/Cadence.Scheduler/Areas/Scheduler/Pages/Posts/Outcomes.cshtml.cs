using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Features.Outcomes;
using Cadence.Scheduler.Features.Scheduling;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Scheduler.Areas.Scheduler.Pages.Posts;

/// <summary>Each account's outcome of a booked post (polled while it publishes), and retrying only the failed accounts.</summary>
[Authorize(Policy = Permission.ViewContent)]
internal sealed class OutcomesModel(
    IPostCatalog catalog,
    IClientDirectory clients,
    PostOutcomes outcomes,
    RetryFailedTargets retry,
    IAuthorizationService authorization) : PageModel
{
    public OutcomesPanel Panel { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid postId, CancellationToken cancellationToken) =>
        await LoadAsync(postId, [], cancellationToken) ? this.PageOrPartial("_Outcomes", Panel) : NotFound();

    public async Task<IActionResult> OnPostRetryAsync(Guid postId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(postId, [], cancellationToken))
        {
            return NotFound();
        }

        if (!Panel.CanEdit)
        {
            return Forbid();
        }

        var result = await retry.ExecuteAsync(postId, cancellationToken);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "not_found"))
            {
                return NotFound();
            }

            await LoadAsync(postId, result.Errors.Select(e => e.Message).ToList(), cancellationToken);
            return this.PageOrPartial("_Outcomes", Panel);
        }

        Toast.Show(this, result.Value == 1 ? "Retrying 1 account." : $"Retrying {result.Value} accounts.");
        if (!Request.IsHtmx())
        {
            return this.RedirectAfterPost(Url.Page("./Details", new { postId })!);
        }

        await LoadAsync(postId, [], cancellationToken);
        return Partial("_Outcomes", Panel);
    }

    private async Task<bool> LoadAsync(Guid postId, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var cards = await catalog.GetAsync([postId], cancellationToken);
        if (cards.FirstOrDefault(c => c.PostId == postId) is not { } card || await clients.FindAsync(card.ClientId, cancellationToken) is not { } client)
        {
            return false;
        }

        if (await outcomes.FindAsync(postId, client.TimeZoneId, cancellationToken) is not { } view)
        {
            return false;
        }

        var canEdit = (await authorization.AuthorizeAsync(User, Permission.EditContent)).Succeeded;
        Panel = new OutcomesPanel(view, canEdit, card.EditUrl, errors);
        return true;
    }
}
