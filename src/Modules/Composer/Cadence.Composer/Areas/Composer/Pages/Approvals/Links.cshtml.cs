using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Composer.Areas.Composer.Pages.Review;
using Cadence.Composer.Features.Approvals;
using Cadence.Composer.Features.Approvals.Links;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.Approvals;

/// <summary>Sends several of one client's posts in review to the client in one link, and lists and revokes its links.</summary>
[Authorize(Policy = Permission.EditContent)]
internal sealed class LinksModel(GetClientLinks getLinks) : PageModel
{
    [BindProperty]
    public LinkInput Link { get; set; } = new();

    [BindProperty]
    public List<Guid> PostIds { get; set; } = [];

    public ClientLinksView View { get; private set; } = null!;

    public ApprovalLinkCreated? CreatedLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid clientId, CancellationToken cancellationToken) =>
        await LoadAsync(clientId, cancellationToken) ? this.PageOrPartial("_Links") : NotFound();

    public async Task<IActionResult> OnPostCreateLinkAsync(Guid clientId, [FromServices] CreateApprovalLink create, CancellationToken cancellationToken)
    {
        var created = await create.HandleAsync(Link.ToRequest(PostIds), this.ClientLinkUrl, cancellationToken);
        if (this.Refusal(created.Errors) is { } refusal)
        {
            return refusal;
        }

        if (created.Succeeded && created.Value is var value)
        {
            CreatedLink = value;
            Link = new();
            PostIds = [];
            ModelState.Clear();
            Toast.Show(this, value.EmailedTo is null ? "Client link created" : $"Client link sent to {value.EmailedTo}");
        }
        else
        {
            ModelState.AddErrors(created.Errors.Where(e => e.Field != nameof(PostIds)), prefix: nameof(Link));
            ModelState.AddErrors(created.Errors.Where(e => e.Field == nameof(PostIds)), prefix: string.Empty);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return await LoadAsync(clientId, cancellationToken) ? this.PageOrPartial("_Links") : NotFound();
    }

    public async Task<IActionResult> OnPostRevokeLinkAsync(Guid clientId, Guid linkId, [FromServices] RevokeApprovalLink revoke, CancellationToken cancellationToken)
    {
        var revoked = await revoke.HandleAsync(linkId, cancellationToken);
        if (this.Refusal(revoked.Errors) is { } refusal)
        {
            return refusal;
        }

        Toast.Show(this, "Client link revoked");
        if (!Request.IsHtmx())
        {
            return RedirectToPage(new { clientId });
        }

        return await LoadAsync(clientId, cancellationToken) ? this.PageOrPartial("_Links") : NotFound();
    }

    private async Task<bool> LoadAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var found = await getLinks.HandleAsync(clientId, cancellationToken);
        View = found!;
        return found is not null;
    }
}
