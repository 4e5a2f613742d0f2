using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Composer.Features.Posts;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.Posts;

[Authorize(Policy = Permission.ViewContent)]
internal sealed class EditModel(PostAccess access, LoadEditor loadEditor, PostHistory postHistory, IAuthorizationService authorization) : PageModel
{
    public const string SavedEvent = "post-saved";

    /// <summary>Tells _SaveStatus it is part of the page, not a save's answer with out-of-band parts.</summary>
    public const string InPageKey = "save-status-in-page";

    [BindProperty]
    public PostEditInput Input { get; set; } = new();

    public EditorView View { get; private set; } = null!;

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public string? SaveProblem { get; private set; }

    public string? HistoryUrl => Url.Page("./Edit", "History", new { id = RouteData.Values["id"] });

    public string SavedAt => ClientClock.Time(View.Post.UpdatedAtUtc, View.Client.TimeZoneId);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is not { } context)
        {
            return NotFound();
        }

        return await ShowAsync(context, null, cancellationToken);
    }

    public async Task<IActionResult> OnGetHistoryAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken, tracked: false) is not { } context)
        {
            return NotFound();
        }

        History = await postHistory.HandleAsync(context, cancellationToken);
        return Request.IsHtmx() ? Partial("_History", this) : await ShowAsync(context, null, cancellationToken);
    }

    /// <summary>The autosave: applies the form, saves a new version, answers with the save status and fresh preview and problems.</summary>
    public async Task<IActionResult> OnPostSaveAsync(Guid id, [FromServices] EditPost edit, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await access.FindAsync(id, cancellationToken) is not { } context)
        {
            return NotFound();
        }

        var outcome = await edit.HandleAsync(context, Input, save: true, cancellationToken);
        if (!Request.IsHtmx() && outcome.Result is EditResult.Saved or EditResult.NothingChanged)
        {
            return RedirectToPage("./Edit", new { id });
        }

        if (outcome.Result == EditResult.Conflict)
        {
            SaveProblem = "Not saved: this post was changed in another tab or by someone else. Reload the page to see the latest version.";
            context = await access.FindAsync(id, cancellationToken, tracked: false) ?? context;
        }
        else if (outcome.Result == EditResult.InputProblems)
        {
            SaveProblem = "Not saved: fix the marked fields.";
        }
        else
        {
            Response.Htmx(h => h.WithTrigger(SavedEvent));
        }

        await LoadAsync(context, outcome.Problems, cancellationToken);
        if (!Request.IsHtmx())
        {
            return Page();
        }

        if (SaveProblem is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Partial("_SaveStatus", this);
        }

        if (outcome.Restructured)
        {
            Response.Htmx(h => h.Retarget("#editor").Reswap("outerHTML"));
            return Partial("_Restructured", this);
        }

        return Partial("_SaveStatus", this);
    }

    /// <summary>The live preview and counters as the person types: the form applied, nothing saved.</summary>
    public async Task<IActionResult> OnPostLiveAsync(Guid id, [FromServices] EditPost edit, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is not { } context)
        {
            return NotFound();
        }

        var outcome = await edit.HandleAsync(context, Input, save: false, cancellationToken);
        await LoadAsync(context, outcome.Problems, cancellationToken);
        return this.PageOrPartial("_Live", this);
    }

    public async Task<IActionResult> OnPostDuplicateAsync(Guid id, [FromServices] DuplicatePost duplicate, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await access.FindAsync(id, cancellationToken, tracked: false) is not { } context)
        {
            return NotFound();
        }

        var copyId = await duplicate.HandleAsync(context.Post, cancellationToken);
        Toast.Show(this, "Post duplicated: this is the copy");
        return this.RedirectAfterPost(Url.Page("./Edit", new { id = copyId })!);
    }

    private async Task<IActionResult> ShowAsync(PostInContext context, IReadOnlyDictionary<string, List<string>>? problems, CancellationToken cancellationToken)
    {
        await LoadAsync(context, problems, cancellationToken);
        History = await postHistory.HandleAsync(context, cancellationToken);
        Response.Headers.Vary = "HX-Request";
        return Page();
    }

    private async Task LoadAsync(PostInContext context, IReadOnlyDictionary<string, List<string>>? problems, CancellationToken cancellationToken)
    {
        CanEdit = await MayEditAsync();
        View = await loadEditor.HandleAsync(context, problems, cancellationToken);
    }

    private async Task<bool> MayEditAsync() => (await authorization.AuthorizeAsync(User, Permission.EditContent)).Succeeded;
}
