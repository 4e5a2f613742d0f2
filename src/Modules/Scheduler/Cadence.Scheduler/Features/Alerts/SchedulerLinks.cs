using Cadence.Instagram;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Cadence.Scheduler.Features.Alerts;

/// <summary>
/// Absolute links for email sent from background work, where no request tells the address: App:PublicBaseUrl, else the
/// current request, else the origin of Instagram:RedirectUri (Cadence's own callback). Accounts keeps the same rule.
/// </summary>
internal sealed class SchedulerLinks(IConfiguration configuration, IHttpContextAccessor accessor, IOptions<InstagramOptions> instagram)
{
    public string Post(Guid postId) => Link($"/scheduler/posts/{postId}");

    public string Alerts() => Link("/scheduler/alerts");

    public string Status() => Link("/scheduler/status");

    private string Link(string path) => $"{BaseUrl().TrimEnd('/')}{path}";

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

        return Uri.TryCreate(instagram.Value.RedirectUri, UriKind.Absolute, out var callback)
            ? callback.GetLeftPart(UriPartial.Authority)
            : string.Empty;
    }
}
