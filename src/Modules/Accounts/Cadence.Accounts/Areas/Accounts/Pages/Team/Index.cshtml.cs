using Cadence.Accounts.Features.Invitations;
using Cadence.Accounts.Features.Team;
using Cadence.Accounts.Web;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Team;

[Authorize(Policy = Permission.ViewContent)]
internal sealed class IndexModel(GetTeam getTeam, ICurrentAgency current) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public TeamView Team { get; private set; } = new([], [], []);

    public string? MembersProblem { get; private set; }

    public string? InvitationsProblem { get; private set; }

    public bool CanManage => TeamRules.CanManageTeam(current);

    public IReadOnlyList<AgencyRole> GrantableRoles => Enum.GetValues<AgencyRole>().Where(CanHandle).ToList();

    public bool CanHandle(AgencyRole role) => TeamRules.MayHandleRole(current, role);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Team = await getTeam.HandleAsync(cancellationToken);
        return this.PageOrPartial("_Team");
    }

    public async Task<IActionResult> OnPostInviteAsync([FromServices] InviteMember invite, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await invite.HandleAsync(Input.ToRequest(), AcceptUrl, cancellationToken);
            if (result.Succeeded)
            {
                Toast.Show(this, "Invitation sent");
                ModelState.Clear();
                Input = new();
                return await DoneAsync("_Team", cancellationToken);
            }

            if (this.Refusal(result.Errors) is { } refusal)
            {
                return refusal;
            }

            ModelState.AddErrors(result.Errors);
        }

        return await ShowProblemAsync("_Team", cancellationToken);
    }

    public async Task<IActionResult> OnPostChangeRoleAsync([FromServices] ChangeMemberRole changeRole, Guid memberId, AgencyRole newRole, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var result = await changeRole.HandleAsync(new ChangeMemberRoleRequest(memberId, newRole), cancellationToken);
        return await MembersChangedAsync(result, "Role changed", cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync([FromServices] RemoveMember remove, Guid memberId, CancellationToken cancellationToken)
    {
        var result = await remove.HandleAsync(new RemoveMemberRequest(memberId), cancellationToken);
        if (result.Succeeded && result.Value == current.UserId)
        {
            Toast.Show(this, "You left the agency");
            return this.RedirectAfterPost("/");
        }

        return await MembersChangedAsync(result, "Member removed", cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync([FromServices] RevokeInvitation revoke, Guid invitationId, CancellationToken cancellationToken)
    {
        var result = await revoke.HandleAsync(new RevokeInvitationRequest(invitationId), cancellationToken);
        if (!result.Succeeded)
        {
            InvitationsProblem = string.Join(" ", result.Errors.Select(e => e.Message));
            return this.Refusal(result.Errors) ?? await ShowProblemAsync("_Invitations", cancellationToken);
        }

        Toast.Show(this, "Invitation revoked");
        return await DoneAsync("_Invitations", cancellationToken);
    }

    private async Task<IActionResult> MembersChangedAsync(Result result, string done, CancellationToken cancellationToken)
    {
        if (!result.Succeeded)
        {
            MembersProblem = string.Join(" ", result.Errors.Select(e => e.Message));
            return this.Refusal(result.Errors) ?? await ShowProblemAsync("_Members", cancellationToken);
        }

        Toast.Show(this, done);
        return await DoneAsync("_Members", cancellationToken);
    }

    /// <summary>htmx swaps the fresh fragment in; a plain form post goes back to the page (post, redirect, get).</summary>
    private async Task<IActionResult> DoneAsync(string fragment, CancellationToken cancellationToken)
    {
        if (!Request.IsHtmx())
        {
            return RedirectToPage();
        }

        Team = await getTeam.HandleAsync(cancellationToken);
        Response.Headers.Vary = "HX-Request";
        return Partial(fragment, this);
    }

    /// <summary>The fragment with the problem in it (422, which the layout tells htmx to swap), or the whole page.</summary>
    private async Task<IActionResult> ShowProblemAsync(string fragment, CancellationToken cancellationToken)
    {
        Team = await getTeam.HandleAsync(cancellationToken);
        if (Request.IsHtmx())
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return this.PageOrPartial(fragment);
    }

    private string AcceptUrl(string token) =>
        Url.Page("/Invitations/Accept", pageHandler: null, values: new { area = "Accounts", token }, protocol: Request.Scheme)
        ?? throw new InvalidOperationException("The invitation page has no route.");
}
