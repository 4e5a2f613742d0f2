using Cadence.Accounts.Domain;
using Cadence.Accounts.Features.Invitations;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Cadence.Accounts.Areas.Accounts.Pages.Invitations;

/// <summary>Where an invitation link lands: what it offers depends on who opens it (new person, existing account, signed in).</summary>
[AllowAnonymous]
internal sealed class AcceptModel(FindInvitation find, UserManager<CadenceUser> users, IOptionsMonitor<CookieAuthenticationOptions> cookies) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public NewAccountInput Input { get; set; } = new();

    public InvitationOffer Offer { get; private set; } = null!;

    public string? Problem { get; private set; }

    public string ThisPage => Url.Page("/Invitations/Accept", new { area = "Accounts", token = Token }) ?? "/";

    public string SignInUrl => QueryHelpers.AddQueryString(IdentityCookie.LoginPath.Value ?? "/", "returnUrl", ThisPage);

    public string SignOutUrl => IdentityCookie.LogoutPath.Value ?? "/";

    private CookieAuthenticationOptions IdentityCookie => cookies.Get(IdentityConstants.ApplicationScheme);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await ShowAsync(cancellationToken);
        if (Offer.State != InvitationState.Open)
        {
            Response.StatusCode = Offer.State == InvitationState.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(
        [FromServices] AcceptInvitationAsNewPerson accept, [FromServices] SignInManager<CadenceUser> signIn, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return await ShowAsync(cancellationToken);
        }

        var result = await accept.HandleAsync(Input.ToRequest(Token), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return await ShowAsync(cancellationToken);
        }

        await signIn.SignInAsync(result.Value.User, isPersistent: false);
        return Joined(result.Value.Agency);
    }

    public async Task<IActionResult> OnPostJoinAsync([FromServices] AcceptInvitationAsMember accept, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(users.GetUserId(User), out var userId))
        {
            return Challenge();
        }

        var result = await accept.HandleAsync(new AcceptAsMemberRequest(Token, userId), cancellationToken);
        if (!result.Succeeded)
        {
            Problem = string.Join(" ", result.Errors.Select(e => e.Message));
            return await ShowAsync(cancellationToken);
        }

        return Joined(result.Value);
    }

    private LocalRedirectResult Joined(JoinedAgency agency)
    {
        AgencySelection.Choose(Response, agency.AgencyId);
        Toast.Show(this, agency.WasAlreadyMember ? $"You are already a member of {agency.AgencyName}." : $"Welcome to {agency.AgencyName}!");
        return LocalRedirect("/");
    }

    private async Task<PageResult> ShowAsync(CancellationToken cancellationToken)
    {
        // The token is in this page's address: keep it out of the Referer header of anything the page links to.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var userId = Guid.TryParse(users.GetUserId(User), out var id) ? id : (Guid?)null;
        Offer = await find.HandleAsync(Token, userId, cancellationToken);
        return Page();
    }
}
