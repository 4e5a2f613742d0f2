using Cadence.BuildingBlocks.Authorization;
using Cadence.Composer.Features.Approvals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.Approvals;

[Authorize(Policy = Permission.ViewContent)]
internal sealed class IndexModel(ApprovalSettings settings, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<ClientApprovalLine> Clients { get; private set; } = [];

    public bool CanManage { get; private set; }

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Clients = await settings.ListAsync(cancellationToken);
        CanManage = (await authorization.AuthorizeAsync(User, Permission.ManageClients)).Succeeded;
        CanEdit = (await authorization.AuthorizeAsync(User, Permission.EditContent)).Succeeded;
    }
}
