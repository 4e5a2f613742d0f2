namespace Cadence.Scheduler.FaultHost;

/// <summary>
/// Lets a media_publish call reach Instagram (the sandbox records it) and then never hands the answer back: the moment
/// where the post is out but Cadence has not heard, for the test to kill the process.
/// </summary>
internal sealed class StopWithPublishInFlight : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri?.AbsolutePath.EndsWith("/media_publish", StringComparison.Ordinal) == true)
        {
            Markers.Reached(Markers.PublishInFlight);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return response;
    }
}
