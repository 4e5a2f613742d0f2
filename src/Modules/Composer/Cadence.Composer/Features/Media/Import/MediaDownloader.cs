using System.Net;
using System.Net.Http.Headers;
using Cadence.BuildingBlocks.Results;
using Microsoft.Extensions.Options;
using Microsoft.Security.AntiSSRF;

namespace Cadence.Composer.Features.Media.Import;

/// <summary>
/// Fetches a file a person pointed at, server side. AntiSSRF checks every address a connection resolves to, at connect
/// time, so a name that resolves inside the network, a rebinding DNS answer or a redirect there is refused as well as a
/// literal private address. Redirects are followed here, a few at most, each to http or https only.
/// </summary>
internal sealed class MediaDownloader : IDisposable
{
    public const string PrivateAddressMessage = "That address points inside a private network; Cadence only imports from public addresses.";

    private readonly HttpClient _http;
    private readonly ImportOptions _options;

    public MediaDownloader(IOptions<ImportOptions> options)
    {
        _options = options.Value;
        var policy = new AntiSSRFPolicy(PolicyConfigOptions.ExternalOnlyLatest) { AllowPlainTextHttp = true, AddXFFHeader = false };
        if (_options.AllowedAddresses.Length > 0)
        {
            policy.AddAllowedAddresses(_options.AllowedAddresses);
        }

        var handler = policy.GetHandler();
        handler.AllowAutoRedirect = false;
        handler.UseCookies = false;
        handler.ConnectTimeout = _options.Timeout;
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Cadence-MediaImport", "1.0"));
    }

    public async Task<Result<DownloadedFile>> DownloadAsync(string? address, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(address?.Trim(), UriKind.Absolute, out var uri) || !IsWeb(uri))
        {
            return Error.Validation("Url", "Enter the full address of an image or video, starting with https:// or http://.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            return await FetchAsync(uri, timeout.Token);
        }
        catch (Exception exception) when (IsPolicyRefusal(exception))
        {
            return Error.Validation("Url", PrivateAddressMessage);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Error.Validation("Url", $"That server took longer than {_options.Timeout.TotalSeconds:0} seconds; download the file and upload it instead.");
        }
        catch (HttpRequestException exception)
        {
            return Error.Validation("Url", $"Cadence could not reach that address ({exception.HttpRequestError}). Check it opens in a browser.");
        }
    }

    private async Task<Result<DownloadedFile>> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        for (var redirects = 0; ; redirects++)
        {
            using var response = await _http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                if (redirects >= _options.MaxRedirects || !IsWeb(next))
                {
                    return Error.Validation("Url", $"That address redirects more than {_options.MaxRedirects} times or away from the web; paste the file's own address.");
                }

                uri = next;
                continue;
            }

            return await ImportedContent.ReadAsync(uri, response, cancellationToken);
        }
    }

    private static bool IsWeb(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp;

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;

    private static bool IsPolicyRefusal(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is AntiSSRFException)
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose() => _http.Dispose();
}
