using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Cadence.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Cadence's public address for links in email sent from background work, where no request tells it: App:PublicBaseUrl,
/// else the current request, else the origin of Instagram:RedirectUri (which is, by definition, Cadence's own callback).
/// </summary>
public sealed class PublicAddress(IConfiguration configuration, IHttpContextAccessor accessor)
{
    public string Link(string pathAndQuery) => $"{BaseUrl().TrimEnd('/')}{pathAndQuery}";

    private string BaseUrl()
    {
        if (configuration["App:PublicBaseUrl"] is { Length: > 0 } configured)
        {
            return configured;
        }

        if (accessor.HttpContext?.Request is { } request)
        {
            return $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        return Uri.TryCreate(configuration["Instagram:RedirectUri"], UriKind.Absolute, out var callback)
            ? callback.GetLeftPart(UriPartial.Authority)
            : string.Empty;
    }
}
