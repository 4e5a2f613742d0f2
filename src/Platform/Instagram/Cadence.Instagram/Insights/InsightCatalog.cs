using Cadence.BuildingBlocks.Results;

namespace Cadence.Instagram;

/// <summary>The current (v25) metric names, where each applies, and the removed names that must not be asked for.</summary>
public static class InsightCatalog
{
    private static readonly MediaSurface[] All = [MediaSurface.Feed, MediaSurface.Reels, MediaSurface.Story];
    private static readonly MediaSurface[] FeedReels = [MediaSurface.Feed, MediaSurface.Reels];
    private static readonly MediaSurface[] FeedStory = [MediaSurface.Feed, MediaSurface.Story];

    public static IReadOnlyDictionary<string, MediaSurface[]> MediaMetrics { get; } = new Dictionary<string, MediaSurface[]>(StringComparer.Ordinal)
    {
        ["views"] = All, ["reach"] = All, ["shares"] = All, ["total_interactions"] = All, ["reposts"] = All, ["facebook_views"] = All,
        ["likes"] = FeedReels, ["comments"] = FeedReels, ["saved"] = FeedReels,
        ["follows"] = FeedStory, ["profile_visits"] = FeedStory, ["profile_activity"] = FeedStory,
        ["ig_reels_avg_watch_time"] = [MediaSurface.Reels], ["ig_reels_video_view_total_time"] = [MediaSurface.Reels],
        ["reels_skip_rate"] = [MediaSurface.Reels], ["crossposted_views"] = [MediaSurface.Reels],
        ["navigation"] = [MediaSurface.Story], ["replies"] = [MediaSurface.Story], ["link_clicks"] = [MediaSurface.Story],
    };

    public static IReadOnlyDictionary<string, string> MediaBreakdowns { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["profile_activity"] = "action_type",
        ["navigation"] = "story_navigation_action_type",
    };

    public static IReadOnlyDictionary<string, AccountMetric> AccountMetrics { get; } = new Dictionary<string, AccountMetric>(StringComparer.Ordinal)
    {
        ["reach"] = new(InsightPeriod.Day, TimeSeries: true, "media_product_type", "follow_type"),
        ["views"] = new(InsightPeriod.Day, TimeSeries: false, "follower_type", "media_product_type"),
        ["accounts_engaged"] = new(InsightPeriod.Day, TimeSeries: false),
        ["total_interactions"] = new(InsightPeriod.Day, TimeSeries: false, "media_product_type"),
        ["likes"] = new(InsightPeriod.Day, TimeSeries: false, "media_product_type"),
        ["comments"] = new(InsightPeriod.Day, TimeSeries: false, "media_product_type"),
        ["saves"] = new(InsightPeriod.Day, TimeSeries: false, "media_product_type"),
        ["shares"] = new(InsightPeriod.Day, TimeSeries: false, "media_product_type"),
        ["replies"] = new(InsightPeriod.Day, TimeSeries: false),
        ["reposts"] = new(InsightPeriod.Day, TimeSeries: false),
        ["profile_links_taps"] = new(InsightPeriod.Day, TimeSeries: false, "contact_button_type"),
        ["follows_and_unfollows"] = new(InsightPeriod.Day, TimeSeries: false, "follow_type"),
        ["follower_demographics"] = new(InsightPeriod.Lifetime, TimeSeries: false, "age", "city", "country", "gender"),
        ["engaged_audience_demographics"] = new(InsightPeriod.Lifetime, TimeSeries: false, "age", "city", "country", "gender"),
        ["follower_count"] = new(InsightPeriod.Day, TimeSeries: true) { TotalValue = false },
    };

    /// <summary>Removed by Meta (v18–v22, Jan/Apr 2025): asking for them fails, so the client refuses them first.</summary>
    public static IReadOnlySet<string> Deprecated { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "impressions", "plays", "clips_replays_count", "ig_reels_aggregated_all_plays_count", "video_views", "engagement",
        "taps_forward", "taps_back", "exits", "profile_views", "website_clicks", "email_contacts", "phone_call_clicks",
        "text_message_clicks", "get_directions_clicks",
    };

    private static readonly string[] Timeframes = ["this_week", "this_month"];

    public static bool IsDeprecated(string metric) =>
        Deprecated.Contains(metric) || metric.StartsWith("carousel_album_", StringComparison.Ordinal) || metric.StartsWith("audience_", StringComparison.Ordinal);

    public static IReadOnlyList<Error> ValidateMedia(MediaSurface surface, IReadOnlyList<string> metrics, string? breakdown)
    {
        var errors = new List<Error>();
        RequireSome(errors, metrics);
        foreach (var metric in metrics ?? [])
        {
            if (IsDeprecated(metric))
            {
                errors.Add(Deprecation(metric));
            }
            else if (!MediaMetrics.TryGetValue(metric, out var surfaces) || !surfaces.Contains(surface))
            {
                errors.Add(Error.Validation("Metrics", $"'{metric}' is not a {surface} media metric."));
            }
        }

        if (breakdown is not null && (metrics ?? []).Any(m => !MediaBreakdowns.TryGetValue(m, out var allowed) || allowed != breakdown))
        {
            errors.Add(Error.Validation("Breakdown", $"The breakdown '{breakdown}' does not apply to every metric asked for."));
        }

        return errors;
    }

    public static IReadOnlyList<Error> ValidateAccount(AccountInsightsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<Error>();
        RequireSome(errors, request.Metrics);
        foreach (var metric in request.Metrics ?? [])
        {
            if (IsDeprecated(metric))
            {
                errors.Add(Deprecation(metric));
                continue;
            }

            if (!AccountMetrics.TryGetValue(metric, out var rule))
            {
                errors.Add(Error.Validation("Metrics", $"'{metric}' is not an account metric."));
                continue;
            }

            if (rule.Period != request.Period)
            {
                errors.Add(Error.Validation("Period", $"'{metric}' is reported with period {rule.Period}."));
            }

            if ((request.MetricType == InsightMetricType.TimeSeries && !rule.TimeSeries) || (request.MetricType == InsightMetricType.TotalValue && !rule.TotalValue))
            {
                errors.Add(Error.Validation("MetricType", $"'{metric}' is not available as {request.MetricType}."));
            }

            if (request.Breakdown is not null && request.MetricType == InsightMetricType.TotalValue && !rule.Breakdowns.Contains(request.Breakdown))
            {
                errors.Add(Error.Validation("Breakdown", $"'{metric}' has no '{request.Breakdown}' breakdown."));
            }
        }

        if (request.Timeframe is not null && !Timeframes.Contains(request.Timeframe))
        {
            errors.Add(Error.Validation("Timeframe", "The timeframe is this_week or this_month."));
        }

        return errors;
    }

    private static void RequireSome(List<Error> errors, IReadOnlyList<string>? metrics)
    {
        if (metrics is null || metrics.Count == 0)
        {
            errors.Add(Error.Validation("Metrics", "Ask for at least one metric."));
        }
    }

    private static Error Deprecation(string metric) =>
        Error.Validation("Metrics", $"'{metric}' was removed by Instagram; use views, reach or profile_links_taps instead.");
}

/// <summary>How an account metric may be asked for.</summary>
public sealed record AccountMetric(InsightPeriod Period, bool TimeSeries, params string[] Breakdowns)
{
    public bool TotalValue { get; init; } = true;
}
