using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.State;

namespace Cadence.InstagramSandbox.Graph;

/// <summary>Media and account insights whose values grow with the sandbox clock.</summary>
internal sealed class InsightsGraph(SandboxState state, SandboxClock clock)
{
    private const string Scope = "instagram_business_manage_insights";

    private static readonly Dictionary<string, string> Deprecated = new(StringComparer.Ordinal)
    {
        ["impressions"] = "v22.0", ["plays"] = "v22.0", ["clips_replays_count"] = "v22.0",
        ["ig_reels_aggregated_all_plays_count"] = "v22.0", ["video_views"] = "v21.0", ["engagement"] = "v18.0",
        ["taps_forward"] = "v18.0", ["taps_back"] = "v18.0", ["exits"] = "v18.0",
        ["carousel_album_impressions"] = "v18.0", ["carousel_album_reach"] = "v18.0", ["carousel_album_engagement"] = "v18.0",
        ["carousel_album_saved"] = "v18.0", ["carousel_album_video_views"] = "v18.0",
        ["profile_views"] = "v21.0", ["website_clicks"] = "v21.0", ["email_contacts"] = "v21.0", ["phone_call_clicks"] = "v21.0",
        ["text_message_clicks"] = "v21.0", ["get_directions_clicks"] = "v21.0",
        ["audience_city"] = "v18.0", ["audience_country"] = "v18.0", ["audience_gender_age"] = "v18.0", ["audience_locale"] = "v18.0",
    };

    private static readonly Dictionary<string, (string[] Products, double Rate, string Title)> MediaMetrics = new(StringComparer.Ordinal)
    {
        ["views"] = (["FEED", "REELS", "STORY"], 1.6, "Views"),
        ["reach"] = (["FEED", "REELS", "STORY"], 0.9, "Accounts reached"),
        ["likes"] = (["FEED", "REELS"], 0.05, "Likes"),
        ["comments"] = (["FEED", "REELS"], 0.006, "Comments"),
        ["saved"] = (["FEED", "REELS"], 0.01, "Saved"),
        ["shares"] = (["FEED", "REELS", "STORY"], 0.008, "Shares"),
        ["total_interactions"] = (["FEED", "REELS", "STORY"], 0.075, "Interactions"),
        ["reposts"] = (["FEED", "REELS", "STORY"], 0.002, "Reposts"),
        ["follows"] = (["FEED", "STORY"], 0.003, "Follows"),
        ["profile_visits"] = (["FEED", "STORY"], 0.02, "Profile visits"),
        ["profile_activity"] = (["FEED", "STORY"], 0.015, "Profile activity"),
        ["ig_reels_avg_watch_time"] = (["REELS"], 9.5, "Average watch time"),
        ["ig_reels_video_view_total_time"] = (["REELS"], 2900, "Watch time"),
        ["reels_skip_rate"] = (["REELS"], 0.03, "Skip rate"),
        ["navigation"] = (["STORY"], 0.7, "Navigation"),
        ["replies"] = (["STORY"], 0.004, "Replies"),
        ["link_clicks"] = (["STORY"], 0.01, "Link clicks"),
    };

    private static readonly Dictionary<string, (string Period, bool TimeSeries, double Rate, string Title)> AccountMetrics = new(StringComparer.Ordinal)
    {
        ["reach"] = ("day", true, 0.35, "Accounts reached"),
        ["views"] = ("day", false, 0.9, "Views"),
        ["accounts_engaged"] = ("day", false, 0.04, "Accounts engaged"),
        ["total_interactions"] = ("day", false, 0.06, "Content interactions"),
        ["likes"] = ("day", false, 0.045, "Likes"),
        ["comments"] = ("day", false, 0.005, "Comments"),
        ["saves"] = ("day", false, 0.006, "Saves"),
        ["shares"] = ("day", false, 0.004, "Shares"),
        ["replies"] = ("day", false, 0.002, "Replies"),
        ["reposts"] = ("day", false, 0.001, "Reposts"),
        ["profile_links_taps"] = ("day", false, 0.003, "Profile link taps"),
        ["follows_and_unfollows"] = ("day", false, 0.004, "Follows and unfollows"),
        ["follower_count"] = ("day", true, 0.002, "Follower count"),
        ["follower_demographics"] = ("lifetime", false, 1, "Follower demographics"),
        ["engaged_audience_demographics"] = ("lifetime", false, 0.04, "Engaged audience demographics"),
        ["online_followers"] = ("lifetime", false, 0.5, "Online followers"),
    };

    /// <summary>A value that starts at 0 when published and levels off over a couple of days.</summary>
    public static int Grow(DateTimeOffset since, DateTimeOffset now, int followers, double rate, string seed)
    {
        var hours = Math.Max(0, (now - since).TotalHours);
        var jitter = 0.9 + ((uint)StringComparer.Ordinal.GetHashCode(seed) % 20) / 100.0;
        return (int)Math.Floor(Math.Max(followers, 100) * rate * jitter * (1 - Math.Exp(-hours / 12)));
    }

    public JsonNode Media(GraphRequest request, Media media, AccessToken token)
    {
        GraphEndpoint.RequireScope(token, Scope);
        if (media.IsChild)
        {
            throw GraphException.Parameter("(#100) Insights are not available for carousel children");
        }
        var metrics = Metrics(request);
        var breakdown = request["breakdown"];
        var now = clock.GetUtcNow();
        var account = state.Data.Accounts[media.AccountId];
        if (media.ProductType == "STORY" && Grow(media.Timestamp, now, account.FollowersCount, 0.9, media.Id + "reach") < 5)
        {
            throw GraphException.Permission("(#10) Not enough viewers for the media to show insights");
        }
        var data = new JsonArray();
        foreach (var name in metrics)
        {
            if (!MediaMetrics.TryGetValue(name, out var metric))
            {
                throw UnknownMetric(name, MediaMetrics.Keys);
            }
            if (!metric.Products.Contains(media.ProductType))
            {
                throw GraphException.Parameter($"(#100) The Media Insights API does not support the {name} metric for this media product type.");
            }
            var value = Grow(media.Timestamp, now, account.FollowersCount, metric.Rate, media.Id + name);
            var item = new JsonObject
            {
                ["name"] = name,
                ["period"] = "lifetime",
                ["values"] = new JsonArray(new JsonObject { ["value"] = value }),
                ["title"] = metric.Title,
                ["description"] = $"{metric.Title} of this media.",
                ["id"] = $"{media.Id}/insights/{name}/lifetime",
            };
            if (breakdown is not null)
            {
                var keys = (name, breakdown) switch
                {
                    ("profile_activity", "action_type") => new[] { "bio_link_clicked", "call", "direction", "email", "other", "text" },
                    ("navigation", "story_navigation_action_type") => ["tap_forward", "tap_back", "tap_exit", "swipe_forward"],
                    _ => throw new GraphException(1, null, "An unknown error has occurred."),
                };
                item["total_value"] = Breakdown(value, breakdown, keys);
            }
            data.Add(item);
        }
        return new JsonObject { ["data"] = data };
    }

    public JsonNode Account(GraphRequest request, Account account, AccessToken token)
    {
        GraphEndpoint.RequireScope(token, Scope);
        var metrics = Metrics(request);
        var period = request["period"] ?? throw GraphException.Parameter("(#100) The parameter period is required");
        var metricType = request["metric_type"];
        var now = clock.GetUtcNow();
        var until = request.Long("until") is { } u ? DateTimeOffset.FromUnixTimeSeconds(u) : now;
        var since = request.Long("since") is { } s ? DateTimeOffset.FromUnixTimeSeconds(s) : until - TimeSpan.FromDays(1);
        if (until < since || until - since > TimeSpan.FromDays(30))
        {
            throw GraphException.Parameter("(#100) The since and until range can be at most 30 days");
        }
        if (request["timeframe"] is { } timeframe && timeframe is not ("this_week" or "this_month"))
        {
            throw GraphException.Parameter("(#100) timeframe must be one of this_week, this_month");
        }
        var data = new JsonArray();
        foreach (var name in metrics)
        {
            if (!AccountMetrics.TryGetValue(name, out var metric))
            {
                throw UnknownMetric(name, AccountMetrics.Keys);
            }
            if (metric.Period != period)
            {
                throw GraphException.Parameter($"(#100) The metric {name} only supports period={metric.Period}");
            }
            if (name is "follows_and_unfollows" or "follower_demographics" or "follower_count" && account.FollowersCount < 100)
            {
                throw GraphException.Parameter($"(#100) The metric {name} needs at least 100 followers");
            }
            var type = metricType ?? (metric.TimeSeries ? "time_series" : null)
                ?? throw GraphException.Parameter($"(#100) The following metrics ({name}) should be specified with parameter metric_type=total_value");
            if (type == "time_series" && !metric.TimeSeries)
            {
                throw GraphException.Parameter($"(#100) The metric {name} supports only metric_type=total_value");
            }
            var item = new JsonObject
            {
                ["name"] = name,
                ["period"] = period,
                ["title"] = metric.Title,
                ["description"] = $"{metric.Title} of the account.",
                ["id"] = $"{account.Id}/insights/{name}/{period}",
            };
            if (type == "time_series")
            {
                var values = new JsonArray();
                for (var day = since.UtcDateTime.Date.AddDays(1); day <= until.UtcDateTime.Date.AddDays(1); day = day.AddDays(1))
                {
                    var end = new DateTimeOffset(day.AddHours(7), TimeSpan.Zero);
                    values.Add(new JsonObject { ["value"] = Daily(account, metric.Rate, name, end), ["end_time"] = Paging.Timestamp(end) });
                }
                item["values"] = values;
            }
            else
            {
                var total = 0;
                for (var day = since; day < until; day += TimeSpan.FromDays(1))
                {
                    total += Daily(account, metric.Rate, name, day);
                }
                if (name.EndsWith("demographics", StringComparison.Ordinal))
                {
                    total = (int)(account.FollowersCount * metric.Rate);
                }
                var value = new JsonObject { ["value"] = total };
                if (request["breakdown"] is { } breakdown)
                {
                    var keys = breakdown switch
                    {
                        "media_product_type" => new[] { "POST", "REEL", "STORY", "CAROUSEL_CONTAINER" },
                        "follow_type" => ["FOLLOWER", "NON_FOLLOWER", "UNKNOWN"],
                        "follower_type" => ["FOLLOWER", "NON_FOLLOWER"],
                        "contact_button_type" => ["BOOK_NOW", "CALL", "DIRECTION", "EMAIL", "INSTANT_EXPERIENCE", "TEXT", "UNDEFINED"],
                        "age" => ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"],
                        "gender" => ["F", "M", "U"],
                        "country" => ["AU", "US", "GB", "JP", "DE"],
                        "city" => ["Sydney, New South Wales", "New York, New York", "London, England", "Tokyo, Tokyo"],
                        _ => throw GraphException.Parameter($"(#100) breakdown {breakdown} is not supported for {name}"),
                    };
                    value = Breakdown(total, breakdown, keys);
                }
                item["total_value"] = value;
            }
            data.Add(item);
        }
        return new JsonObject { ["data"] = data };
    }

    private int Daily(Account account, double rate, string name, DateTimeOffset day)
    {
        // Activity grows with what the account has published so far.
        var published = state.Data.Media.Values.Count(m => m.AccountId == account.Id && !m.IsChild && m.Timestamp <= day);
        var seed = (uint)StringComparer.Ordinal.GetHashCode(name + day.UtcDateTime.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
        var jitter = 0.85 + (seed % 30) / 100.0;
        return (int)Math.Floor(Math.Max(account.FollowersCount, 100) * rate * jitter * (1 + published * 0.1));
    }

    private static List<string> Metrics(GraphRequest request)
    {
        var metrics = request.List("metric");
        if (metrics.Count == 0)
        {
            throw GraphException.Parameter("(#100) The parameter metric is required");
        }
        if (metrics.FirstOrDefault(Deprecated.ContainsKey) is { } old)
        {
            throw GraphException.Parameter(
                $"(#100) Starting from version {Deprecated[old]} and above, the {old} metric is no longer supported. Please refer to the Instagram Insights documentation for the current metrics.");
        }
        return metrics;
    }

    private static GraphException UnknownMetric(string name, IEnumerable<string> known) =>
        GraphException.Parameter($"(#100) metric[0] must be one of the following values: {string.Join(", ", known)} (got {name})");

    private static JsonObject Breakdown(int total, string dimension, string[] keys)
    {
        var results = new JsonArray();
        var remaining = total;
        for (var i = 0; i < keys.Length; i++)
        {
            var share = i == keys.Length - 1 ? remaining : total / (i + 2);
            remaining -= share;
            results.Add(new JsonObject { ["dimension_values"] = new JsonArray(keys[i]), ["value"] = Math.Max(0, share) });
        }
        return new JsonObject
        {
            ["value"] = total,
            ["breakdowns"] = new JsonArray(new JsonObject { ["dimension_keys"] = new JsonArray(dimension), ["results"] = results }),
        };
    }
}
