using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Results;
using Cadence.Scheduler.Features.Queue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Scheduler.Areas.Scheduler.Pages.Queue;

/// <summary>An account's queue: weekly slots, pause switch and the queued posts in order. Changes need EditContent.</summary>
[Authorize(Policy = Permission.ViewContent)]
internal sealed class IndexModel(ManageQueue queue, IClientDirectory clients, IInstagramAccountDirectory accounts, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "accountId")]
    public Guid? AccountId { get; set; }

    [BindProperty]
    public QueueSlotInput Input { get; set; } = new();

    public IReadOnlyList<QueueAccountChoice> Accounts { get; private set; } = [];

    public QueueBoard? Board { get; private set; }

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return this.PageOrPartial("_Queue");
    }

    public Task<IActionResult> OnPostAddSlotAsync(CancellationToken cancellationToken) =>
        ChangeAsync(async id =>
        {
            var added = await queue.AddSlotsAsync(id, Input, cancellationToken);
            return added.Succeeded ? Result.Success<string>(Input.Days.Count == 1 ? "Slot added" : "Slots added") : Result.Failure<string>(added.Errors);
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveSlotAsync(Guid slotId, CancellationToken cancellationToken) =>
        ChangeAsync(async id =>
        {
            var removed = await queue.RemoveSlotAsync(id, slotId, cancellationToken);
            return removed.Succeeded ? Result.Success($"Removed {removed.Value}") : removed;
        }, cancellationToken);

    public Task<IActionResult> OnPostPauseAsync(CancellationToken cancellationToken) => SetPausedAsync(true, cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken) => SetPausedAsync(false, cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(Guid scheduledPostId, string direction, CancellationToken cancellationToken) =>
        ChangeAsync(async id =>
        {
            var up = string.Equals(direction, "up", StringComparison.OrdinalIgnoreCase);
            var moved = await queue.MoveAsync(id, scheduledPostId, up, cancellationToken);
            return moved.Succeeded ? Result.Success(up ? "Moved up" : "Moved down") : Result.Failure<string>(moved.Errors);
        }, cancellationToken);

    private Task<IActionResult> SetPausedAsync(bool paused, CancellationToken cancellationToken) =>
        ChangeAsync(async id =>
        {
            var set = await queue.SetPausedAsync(id, paused, cancellationToken);
            return set.Succeeded ? Result.Success(paused ? "Queue paused" : "Queue resumed") : Result.Failure<string>(set.Errors);
        }, cancellationToken);

    // Runs a change for the account asked for; answers 403 without EditContent, 404 for an account out of reach.
    private async Task<IActionResult> ChangeAsync(Func<Guid, Task<Result<string>>> change, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permission.EditContent)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (AccountId is not { } accountId)
        {
            return NotFound();
        }

        var result = await change(accountId);
        if (result.Errors.Any(e => e.Code == "not_found"))
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            ModelState.Clear();
            Input = new QueueSlotInput();
            Toast.Show(this, result.Value!);
            if (!Request.Headers.ContainsKey("HX-Request"))
            {
                return Redirect(Url.Page("./Index", new { accountId }) ?? "/");
            }
        }
        else
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Field ?? string.Empty, error.Message);
            }
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return this.PageOrPartial("_Queue");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, Permission.EditContent)).Succeeded;
        var choices = new List<QueueAccountChoice>();
        foreach (var client in await clients.ListActiveAsync(cancellationToken))
        {
            choices.AddRange((await accounts.ListForClientAsync(client.ClientId, cancellationToken))
                .Select(a => new QueueAccountChoice(a.AccountId, "@" + a.Username + " (" + client.Name + ")")));
        }

        Accounts = choices;
        var accountId = AccountId ?? (choices.Count > 0 ? choices[0].AccountId : null);
        if (accountId is null)
        {
            return AccountId is null;
        }

        Board = await queue.LoadAsync(accountId.Value, cancellationToken);
        AccountId = accountId;
        return Board is not null;
    }
}
