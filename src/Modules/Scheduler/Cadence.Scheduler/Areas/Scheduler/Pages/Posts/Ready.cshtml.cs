using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Scheduler.Areas.Scheduler.Pages.Posts;

internal sealed record ReadyPost(PostCard Card, string ClientName);

/// <summary>Approved posts that have no time yet, for every visible client or one.</summary>
[Authorize(Policy = Permission.ViewContent)]
internal sealed class ReadyModel(IPostCatalog catalog, PostBookings bookings, IClientDirectory clients) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "clientId")]
    public Guid? ClientId { get; set; }

    public IReadOnlyList<ClientSummary> Clients { get; private set; } = [];

    public IReadOnlyList<ReadyPost> Posts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ClientId is { } clientId && await clients.FindAsync(clientId, cancellationToken) is null)
        {
            return NotFound();
        }

        Clients = await clients.ListActiveAsync(cancellationToken);
        var names = Clients.ToDictionary(c => c.ClientId, c => c.Name);
        var booked = await bookings.BookedPostIdsAsync(cancellationToken);
        var approved = await catalog.ListApprovedAsync(ClientId, cancellationToken);
        Posts = approved
            .Where(card => !booked.Contains(card.PostId))
            .Select(card => new ReadyPost(card, names.GetValueOrDefault(card.ClientId, "Archived client")))
            .ToList();
        return this.PageOrPartial("_ReadyPosts", this);
    }
}
