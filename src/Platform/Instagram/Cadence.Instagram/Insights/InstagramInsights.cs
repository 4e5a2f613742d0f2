using Cadence.Instagram.Http;

namespace Cadence.Instagram.Insights;

internal sealed class InstagramInsights(GraphHttp graph) : IInstagramInsights
{
    public async Task<IReadOnlyList<InsightMetric>> GetMediaInsightsAsync(string token, string mediaId, MediaSurface surface, IReadOnlyList<string> metrics, string? breakdown = null, CancellationToken cancellationToken = default)
    {
        var errors = InsightCatalog.ValidateMedia(surface, metrics, breakdown);
        if (errors.Count > 0)
        {
            throw new InstagramValidationException(errors);
        }

        var query = new Parameters().Add("metric", metrics).Add("breakdown", breakdown);
        var response = await graph.GetAsync<GraphData<InsightMetric>>(token, $"{GraphHttp.Segment(mediaId)}/insights", query, cancellationToken).ConfigureAwait(false);
        return response.Data ?? [];
    }

    public async Task<IReadOnlyList<InsightMetric>> GetAccountInsightsAsync(AccountAccess access, AccountInsightsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var errors = InsightCatalog.ValidateAccount(request);
        if (errors.Count > 0)
        {
            throw new InstagramValidationException(errors);
        }

        var query = new Parameters()
            .Add("metric", request.Metrics)
            .Add("period", request.Period == InsightPeriod.Day ? "day" : "lifetime")
            .Add("metric_type", request.MetricType == InsightMetricType.TotalValue ? "total_value" : "time_series")
            .Add("breakdown", request.Breakdown)
            .Add("since", request.Since?.ToUnixTimeSeconds())
            .Add("until", request.Until?.ToUnixTimeSeconds())
            .Add("timeframe", request.Timeframe);
        var response = await graph.GetAsync<GraphData<InsightMetric>>(access.AccessToken, $"{GraphHttp.Segment(access.AccountId)}/insights", query, cancellationToken).ConfigureAwait(false);
        return response.Data ?? [];
    }
}
