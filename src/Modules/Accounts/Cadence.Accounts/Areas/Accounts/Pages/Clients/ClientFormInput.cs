using Cadence.Accounts.Domain;
using Cadence.Accounts.Features.Clients;
using Microsoft.AspNetCore.Http;

namespace Cadence.Accounts.Areas.Accounts.Pages.Clients;

/// <summary>The client form's fields; their names match the field names the use cases report errors under.</summary>
internal sealed class ClientFormInput
{
    public string? Name { get; set; }

    public string? TimeZone { get; set; } = TimeZoneCatalog.DefaultZone;

    public string? BrandColor { get; set; } = ClientRules.DefaultBrandColor;

    public string? Notes { get; set; }

    public IFormFile? Logo { get; set; }

    public bool RemoveLogo { get; set; }

    public static ClientFormInput From(ClientDetails client) => new()
    {
        Name = client.Name,
        TimeZone = client.TimeZone,
        BrandColor = client.BrandColor,
        Notes = client.Notes,
    };

    public async Task<LogoUpload?> ReadLogoAsync(CancellationToken cancellationToken)
    {
        if (Logo is not { Length: > 0 } file)
        {
            return null;
        }

        // One byte past the limit is enough for the use case to refuse a file; a huge upload is never read whole.
        var buffer = new byte[Math.Min(file.Length, ClientLogo.MaxBytes + 1)];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return new LogoUpload(buffer);
    }
}
