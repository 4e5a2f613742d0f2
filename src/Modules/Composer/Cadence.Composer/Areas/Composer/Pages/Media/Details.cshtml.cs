using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Features.Media.Crop;
using Cadence.Composer.Features.Media.Library;
using Cadence.Composer.Features.Media.Processing;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.Media;

/// <summary>One file: its facts, the posts using it, and for editors the crop, folder and tags, and delete.</summary>
[Authorize(Policy = Permission.ViewContent)]
internal sealed class DetailsModel(
    GetMediaAsset getMedia, CropMediaAsset cropMedia, UpdateMediaDetails updateDetails, DeleteMediaAsset deleteMedia, IAuthorizationService authorization) : PageModel
{
    public MediaAssetDetails Media { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    [BindProperty]
    public DetailsInput Input { get; set; } = new();

    [BindProperty]
    public CropInput Crop { get; set; } = new();

    /// <summary>Why the last crop or delete was refused, shown in that fragment.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCropAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        var result = await cropMedia.HandleAsync(new CropRequest(id, Crop.Aspect, Crop.FocusX / 100, Crop.FocusY / 100), cancellationToken);
        var done = Crop.Aspect is { } aspect ? $"Cropped to {aspect.Label()}." : "Back to the original shape.";
        return await RespondAsync(id, result, "_Crop", done, cancellationToken);
    }

    public async Task<IActionResult> OnPostDetailsAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        var result = await updateDetails.HandleAsync(new UpdateMediaDetailsRequest(id, Input.Folder, Input.Tags), cancellationToken);
        return await RespondAsync(id, result, "_DetailsForm", "Folder and tags saved.", cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        var result = await deleteMedia.HandleAsync(id, cancellationToken);
        if (result.Succeeded)
        {
            var redirect = this.RedirectAfterPost(Url.Page("./Index", new { clientId = result.Value.Asset.ClientId })!);
            Toast.Show(this, $"{result.Value.Asset.FileName} deleted.");
            return redirect;
        }

        return await RespondAsync(id, Result.Failure<object>(result.Errors), "_Delete", string.Empty, cancellationToken);
    }

    private async Task<IActionResult> RespondAsync<T>(Guid id, Result<T> result, string fragment, string done, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            // The form shows what was stored (tags tidied), not what was typed.
            ModelState.Clear();
            Toast.Show(this, done);
            if (!Request.IsHtmx())
            {
                return Redirect(Url.Page("./Details", new { id })!);
            }
        }
        else
        {
            ModelState.AddErrors(result.Errors.Where(e => e.Field is not null), prefix: fragment == "_DetailsForm" ? "Input" : "Crop");
            Refusal = string.Join(" ", result.Errors.Select(e => e.Message));
        }

        if (result.Errors.Any(e => e.Code == "not_found") || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!result.Succeeded && Request.IsHtmx())
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return this.PageOrPartial(fragment, this);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await getMedia.HandleAsync(id, cancellationToken);
        if (!found.Succeeded)
        {
            return false;
        }

        Media = found.Value;
        CanEdit = await MayEditAsync();
        if (!ModelState.Any(field => field.Key.StartsWith("Input.", StringComparison.Ordinal) && field.Value is { Errors.Count: > 0 }))
        {
            Input = new DetailsInput { Folder = Media.Asset.Folder, Tags = string.Join(", ", MediaTags.Read(Media.Asset.Tags)) };
        }

        Crop = new CropInput { Aspect = Media.Asset.Crop, FocusX = Math.Round(Media.Asset.FocusX * 100), FocusY = Math.Round(Media.Asset.FocusY * 100) };
        return true;
    }

    private async Task<bool> MayEditAsync() => (await authorization.AuthorizeAsync(User, Permission.EditContent)).Succeeded;
}
