using Cadence.Accounts.Contracts.Agencies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Host.Pages;

public sealed class IndexModel(IAgencyDirectory agencies) : PageModel
{
    public AgencyOverview? Overview { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Overview = await agencies.GetOverviewAsync(cancellationToken);
}
