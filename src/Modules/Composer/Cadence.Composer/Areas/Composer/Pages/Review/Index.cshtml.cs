using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Composer.Features.Approvals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.Review;

[Authorize(Policy = Permission.ViewContent)]
internal sealed class IndexModel(ReviewQueue queue, IAuthorizationService authorization) : PageModel
{
    public ReviewQueueView Queue { get; private set; } = new([], []);

    public bool CanManageClients { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Queue = await queue.HandleAsync(cancellationToken);
        CanManageClients = (await authorization.AuthorizeAsync(User, Permission.ManageClients)).Succeeded;
        return this.PageOrPartial("_Queue");
    }
}
