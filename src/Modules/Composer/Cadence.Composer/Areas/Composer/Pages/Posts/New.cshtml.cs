using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Posts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.Posts;

[Authorize(Policy = Permission.EditContent)]
internal sealed class NewModel(IClientDirectory clients, IInstagramAccountDirectory accountDirectory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ClientId { get; set; }

    [BindProperty]
    public List<Guid> AccountIds { get; set; } = [];

    [BindProperty]
    public PostFormat? Format { get; set; } = PostFormat.FeedImage;

    public IReadOnlyList<ClientSummary> Clients { get; private set; } = [];

    public IReadOnlyList<InstagramAccountSummary> Accounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The chosen client's accounts, when the client select changes.</summary>
    public async Task<IActionResult> OnGetAccountsAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return this.PageOrPartial("_AccountChoices", this);
    }

    public async Task<IActionResult> OnPostAsync([FromServices] CreatePost create, CancellationToken cancellationToken)
    {
        var result = await create.HandleAsync(new CreatePostRequest(ClientId, AccountIds, Format), cancellationToken);
        if (result.Succeeded)
        {
            Toast.Show(this, "Draft created");
            return this.RedirectAfterPost(Url.Page("./Edit", new { id = result.Value })!);
        }

        ModelState.AddErrors(result.Errors, prefix: string.Empty);
        await LoadAsync(cancellationToken);
        if (Request.Headers.ContainsKey("HX-Request"))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    public static string WhyNot(InstagramAccountSummary account) => account.Status switch
    {
        InstagramAccountStatus.NeedsReconnection => "needs reconnecting before it can publish",
        InstagramAccountStatus.Disconnected => "is disconnected",
        _ => "was linked without permission to publish; reconnect it and allow publishing",
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Clients = await clients.ListActiveAsync(cancellationToken);
        if (ClientId is null && Clients.Count == 1)
        {
            ClientId = Clients[0].ClientId;
        }

        Accounts = ClientId is { } clientId && Clients.Any(c => c.ClientId == clientId)
            ? await accountDirectory.ListForClientAsync(clientId, cancellationToken)
            : [];
    }
}
