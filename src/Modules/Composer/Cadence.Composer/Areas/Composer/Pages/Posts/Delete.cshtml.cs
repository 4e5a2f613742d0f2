using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Composer.Features.Posts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.Posts;

[Authorize(Policy = Permission.EditContent)]
internal sealed class DeleteModel(PostAccess access) : PageModel
{
    public PostInContext Context { get; private set; } = null!;

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken, tracked: false) is not { } context)
        {
            return NotFound();
        }

        Context = context;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] DeletePost delete, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is not { } context)
        {
            return NotFound();
        }

        var result = await delete.HandleAsync(context.Post, cancellationToken);
        if (result.Succeeded)
        {
            Toast.Show(this, "Draft deleted");
            return this.RedirectAfterPost(Url.Page("./Index")!);
        }

        Context = context;
        Problem = string.Join(" ", result.Errors.Select(e => e.Message));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
