namespace Cadence.Instagram;

/// <summary>Which metrics a media supports depends on where it was published.</summary>
public enum MediaSurface
{
    Feed,
    Reels,
    Story,
}

public enum InsightPeriod
{
    Day,
    Lifetime,
}

public enum InsightMetricType
{
    TotalValue,
    TimeSeries,
}

/// <summary>GET /IG_ID/insights. Since/until are inclusive; the default window is the last 24 h.</summary>
public sealed record AccountInsightsRequest(IReadOnlyList<string> Metrics, InsightPeriod Period = InsightPeriod.Day, InsightMetricType MetricType = InsightMetricType.TotalValue)
{
    public string? Breakdown { get; init; }
    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }

    /// <summary>Demographics only: this_week or this_month.</summary>
    public string? Timeframe { get; init; }
}

/// <summary>One metric. Missing data comes back as no metric at all, not as 0.</summary>
public sealed record InsightMetric(
    string Name,
    string? Period = null,
    string? Title = null,
    string? Description = null,
    string? Id = null,
    IReadOnlyList<InsightValue>? Values = null,
    InsightTotal? TotalValue = null);

public sealed record InsightValue(double? Value, DateTimeOffset? EndTime = null);

public sealed record InsightTotal(double? Value, IReadOnlyList<InsightBreakdown>? Breakdowns = null);

public sealed record InsightBreakdown(IReadOnlyList<string> DimensionKeys, IReadOnlyList<BreakdownResult> Results);

public sealed record BreakdownResult(IReadOnlyList<string> DimensionValues, double Value);
