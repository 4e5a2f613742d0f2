using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Composer.Features.Media;
using Cadence.Composer.Features.Media.Import;
using Cadence.Composer.Features.Media.Library;
using Cadence.Composer.Features.Media.Upload;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.Media;

/// <summary>Takes files into a client's library: one per request from the page's script (so each shows its progress), any number from a plain form.</summary>
[Authorize(Policy = Permission.EditContent)]
[RequestSizeLimit(MediaLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MediaLimits.MaxRequestBytes)]
internal sealed class UploadModel(IClientDirectory clients, AddMediaAsset addMedia, ImportMediaFromUrl importMedia) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "clientId")]
    public Guid ClientId { get; set; }

    public ClientSummary Client { get; private set; } = null!;

    public UploadPanelView Panel => new(ClientId, ImportUrl);

    [BindProperty(Name = "Url")]
    public string? ImportUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await FindClientAsync(cancellationToken) ? this.PageOrPartial("_UploadPanel", Panel) : NotFound();

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (!await FindClientAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Request.IsHtmx())
        {
            Response.Headers.Vary = "HX-Request";
            return files.Count != 1 ? Refused("Send one file per request.") : await OneAsync(files[0], cancellationToken);
        }

        var messages = new List<string>();
        foreach (var file in files)
        {
            await using var content = file.OpenReadStream();
            var added = await addMedia.HandleAsync(new MediaUpload(ClientId, file.FileName, content), cancellationToken);
            messages.Add(added.Succeeded ? $"{file.FileName} added." : $"{file.FileName}: {added.Errors[0].Message}");
        }

        Toast.Show(this, messages.Count == 0 ? "Choose at least one file to upload." : string.Join(" ", messages));
        return Redirect(Url.Page("./Index", new { clientId = ClientId })!);
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (!await FindClientAsync(cancellationToken))
        {
            return NotFound();
        }

        var imported = await importMedia.HandleAsync(new ImportRequest(ClientId, ImportUrl), cancellationToken);
        if (imported.Succeeded)
        {
            var result = this.RedirectAfterPost(Url.Page("./Details", new { id = imported.Value.Id })!);
            Toast.Show(this, $"{imported.Value.FileName} imported.");
            return result;
        }

        ModelState.AddErrors(imported.Errors, prefix: string.Empty);
        if (Request.IsHtmx())
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return this.PageOrPartial("_ImportForm", Panel);
    }

    private async Task<IActionResult> OneAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        var added = await addMedia.HandleAsync(new MediaUpload(ClientId, file.FileName, content), cancellationToken);
        return added.Succeeded ? Partial("_Tile", new MediaTile(added.Value, 0)) : Refused($"{file.FileName}: {added.Errors[0].Message}");
    }

    private PartialViewResult Refused(string message)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Partial("_UploadError", message);
    }

    private async Task<bool> FindClientAsync(CancellationToken cancellationToken)
    {
        var client = await clients.FindAsync(ClientId, cancellationToken);
        Client = client!;
        return client is { IsArchived: false };
    }
}
