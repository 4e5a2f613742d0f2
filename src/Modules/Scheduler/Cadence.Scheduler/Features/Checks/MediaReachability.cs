using System.Net;
using System.Net.Sockets;
using Cadence.Instagram;
using Microsoft.Extensions.Options;

namespace Cadence.Scheduler.Features.Checks;

/// <summary>
/// Fetches each media URL as Instagram will: a plain GET from outside, which must answer 2xx with an image or video.
/// When Instagram is the real one, an address it cannot reach (loopback, private ranges) fails without a request.
/// </summary>
internal sealed class MediaReachability(IHttpClientFactory httpClients, IOptions<InstagramOptions> instagram)
{
    public const string HttpClientName = "scheduler-media-checks";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task<string?> ProblemAsync(string url, string label, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return $"Instagram can't fetch {label}: its address is not a web address.";
        }

        if (IsPrivate(uri) && !IsPrivate(new Uri(instagram.Value.GraphBaseUrl)))
        {
            return $"Instagram can't fetch {label}: {uri.Host} is only reachable on this network. Set Media:PublicBaseUrl to an address Instagram can reach.";
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return $"Instagram can't fetch {label}: the media server answered {(int)response.StatusCode} {response.ReasonPhrase}.";
            }

            var type = response.Content.Headers.ContentType?.MediaType;
            return type is not null && (type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) || type.StartsWith("video/", StringComparison.OrdinalIgnoreCase))
                ? null
                : $"Instagram can't use {label}: the media server sends it as {type ?? "an unknown type"}, not as an image or video.";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"Instagram can't fetch {label}: the media server did not answer within {Timeout.TotalSeconds:0} seconds.";
        }
        catch (HttpRequestException exception)
        {
            return $"Instagram can't fetch {label}: {exception.Message}";
        }
    }

    /// <summary>"photo.jpg (image 2 of 3)": the file a person recognises, and where it sits in the post.</summary>
    public static string Label(string url, bool isVideo, int position, int count)
    {
        var kind = isVideo ? "video" : "image";
        var name = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Uri.UnescapeDataString(uri.Segments[^1]) : url;
        return count > 1 ? $"{name} ({kind} {position} of {count})" : $"{name} (the {kind})";
    }

    private static bool IsPrivate(Uri uri)
    {
        if (uri.IsLoopback || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!IPAddress.TryParse(uri.Host, out var address))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal;
        }

        var bytes = address.GetAddressBytes();
        return bytes[0] == 10 || (bytes[0] == 172 && bytes[1] >= 16 && bytes[1] <= 31) || (bytes[0] == 192 && bytes[1] == 168) || (bytes[0] == 169 && bytes[1] == 254);
    }
}
