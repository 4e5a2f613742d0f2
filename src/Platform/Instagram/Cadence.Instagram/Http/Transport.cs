using System.Net;
using Polly.Timeout;

namespace Cadence.Instagram.Http;

internal static class Transport
{
    /// <summary>
    /// Network failures and timeouts (after the read retries) become a Transient <see cref="InstagramApiException"/>.
    /// For a POST such as media_publish the outcome is then unknown: the caller checks the container before trying again.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var error = new InstagramError(InstagramErrorKind.Transient, HttpStatusCode.ServiceUnavailable, 0, null,
                $"Instagram could not be reached: {exception.Message}", IsTransient: true);
            throw new InstagramApiException(error, exception);
        }
    }
}
