using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Composer.Features.Approvals;
using Cadence.Composer.Features.Approvals.Links;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.ClientApproval;

/// <summary>The page a client opens from an approval link: no sign-in, a read-only preview, a decision per post.</summary>
[AllowAnonymous]
internal sealed class IndexModel(OpenApprovalLink openLink) : PageModel
{
    [BindProperty]
    public Guid PostId { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public string Token { get; private set; } = string.Empty;

    public ClientApprovalView? View { get; private set; }

    public ClientPostCard? Refused { get; private set; }

    public IEnumerable<ClientPostCard> Cards => View is null
        ? []
        : View.Posts.Select(p => Refused?.Post.PostId == p.PostId ? Refused : new ClientPostCard(Token, p, View.Posts.Count));

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken) =>
        await ShowAsync(token, recordOpening: true, cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(string token, [FromServices] DecideThroughLink decide, CancellationToken cancellationToken) =>
        await DecideAsync(token, decide, approve: true, cancellationToken);

    public async Task<IActionResult> OnPostRequestChangesAsync(string token, [FromServices] DecideThroughLink decide, CancellationToken cancellationToken) =>
        await DecideAsync(token, decide, approve: false, cancellationToken);

    private async Task<IActionResult> DecideAsync(string token, DecideThroughLink decide, bool approve, CancellationToken cancellationToken)
    {
        var result = await decide.HandleAsync(new ClientDecisionRequest(token, new ReviewRequest(PostId, Version, Comment), approve), cancellationToken);
        if (result.Errors.Any(e => e.Code is "not_found" or DecideThroughLink.LinkClosed))
        {
            // A link that works but does not hold the post: nothing about that post, not even its page.
            var page = await ShowAsync(token, recordOpening: false, cancellationToken);
            return View is null ? page : NotFound();
        }

        if (result.Succeeded && !Request.IsHtmx())
        {
            Toast.Show(this, approve ? "Thank you: the post is approved" : "Thank you: the agency will make the changes");
            return RedirectToPage(new { token });
        }

        var shown = await ShowAsync(token, recordOpening: false, cancellationToken);
        var decided = View?.Posts.SingleOrDefault(p => p.PostId == PostId);
        if (View is null || decided is null)
        {
            return shown;
        }

        if (result.Succeeded)
        {
            Toast.Show(this, approve ? "Thank you: the post is approved" : "Thank you: the agency will make the changes");
            return Partial("_ClientPost", new ClientPostCard(Token, decided, View.Posts.Count));
        }

        Refused = new ClientPostCard(Token, decided, View.Posts.Count, string.Join(" ", result.Errors.Select(e => e.Message)), Comment);
        Response.StatusCode = Request.IsHtmx() ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return Request.IsHtmx() ? Partial("_ClientPost", Refused) : Page();
    }

    /// <summary>The page; a link that never existed answers 404, one that expired or was revoked 410, both with the same words.</summary>
    private async Task<IActionResult> ShowAsync(string token, bool recordOpening, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers["X-Robots-Tag"] = "noindex";
        Response.Headers.Vary = "HX-Request";
        Token = token;
        var lookup = await openLink.HandleAsync(token, recordOpening && !Request.IsHtmx(), cancellationToken);
        View = lookup.View;
        if (lookup.State != LinkState.Open)
        {
            Response.StatusCode = lookup.State == LinkState.Closed ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
            return Page();
        }

        return Page();
    }
}
