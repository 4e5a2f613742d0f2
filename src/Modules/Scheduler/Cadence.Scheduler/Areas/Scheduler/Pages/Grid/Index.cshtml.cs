using Cadence.BuildingBlocks.Authorization;
using Cadence.Scheduler.Features.Grid;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Scheduler.Areas.Scheduler.Pages.Grid;

/// <summary>An account's upcoming posts laid out as its Instagram profile grid will show them.</summary>
[Authorize(Policy = Permission.ViewContent)]
internal sealed class IndexModel(GridPreview preview) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "accountId")]
    public Guid? AccountId { get; set; }

    public AccountGrid Grid { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (AccountId is not { } accountId || await preview.ForAccountAsync(accountId, cancellationToken) is not { } grid)
        {
            return NotFound();
        }

        Grid = grid;
        return Page();
    }
}
