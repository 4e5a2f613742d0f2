namespace Cadence.Instagram;

/// <summary>Media and account insights with the current metric names only.</summary>
public interface IInstagramInsights
{
    Task<IReadOnlyList<InsightMetric>> GetMediaInsightsAsync(string token, string mediaId, MediaSurface surface, IReadOnlyList<string> metrics, string? breakdown = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<InsightMetric>> GetAccountInsightsAsync(AccountAccess access, AccountInsightsRequest request, CancellationToken cancellationToken = default);
}
