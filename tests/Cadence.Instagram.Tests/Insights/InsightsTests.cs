using Cadence.Instagram.Tests.Support;

namespace Cadence.Instagram.Tests.Insights;

public sealed class InsightsTests
{
    [Fact]
    public async Task Media_insights_parse_values_and_breakdown_totals()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""
            {"data":[{"name":"reach","period":"lifetime","values":[{"value":224}],"title":"Accounts reached","description":"…","id":"m1/insights/reach/lifetime"},
                     {"name":"profile_activity","period":"lifetime","values":[{"value":4}],
                      "total_value":{"value":4,"breakdowns":[{"dimension_keys":["action_type"],"results":[{"dimension_values":["email"],"value":1},{"dimension_values":["bio_link_clicked"],"value":3}]}]}}]}
            """);

        var metrics = await fake.Get<IInstagramInsights>().GetMediaInsightsAsync(FakeInstagram.Token, "m1", MediaSurface.Feed, ["reach", "profile_activity"]);

        Assert.Equal("reach,profile_activity", fake.Single().Query["metric"]);
        Assert.Equal(224, Assert.Single(metrics[0].Values!).Value);
        var breakdown = Assert.Single(metrics[1].TotalValue!.Breakdowns!);
        Assert.Equal(["action_type"], breakdown.DimensionKeys);
        Assert.Equal(3, breakdown.Results[1].Value);
    }

    [Theory]
    [InlineData("impressions")]
    [InlineData("plays")]
    [InlineData("video_views")]
    [InlineData("carousel_album_reach")]
    public async Task Deprecated_media_metrics_are_refused_without_a_call(string metric)
    {
        using var fake = new FakeInstagram();

        var failure = await Assert.ThrowsAsync<InstagramValidationException>(() =>
            fake.Get<IInstagramInsights>().GetMediaInsightsAsync(FakeInstagram.Token, "m1", MediaSurface.Feed, [metric]));

        Assert.Contains("removed", Assert.Single(failure.Errors).Message, StringComparison.Ordinal);
        Assert.Empty(fake.Handler.Requests);
    }

    [Theory]
    [InlineData(MediaSurface.Story, "likes", false)]
    [InlineData(MediaSurface.Feed, "navigation", false)]
    [InlineData(MediaSurface.Reels, "ig_reels_avg_watch_time", true)]
    [InlineData(MediaSurface.Story, "navigation", true)]
    public void Metrics_must_fit_the_media_surface(MediaSurface surface, string metric, bool valid)
    {
        Assert.Equal(valid, InsightCatalog.ValidateMedia(surface, [metric], null).Count == 0);
    }

    [Fact]
    public async Task Account_insights_send_period_metric_type_breakdown_and_window()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""
            {"data":[{"name":"reach","period":"day","title":"Accounts reached","description":"…",
              "total_value":{"value":224,"breakdowns":[{"dimension_keys":["media_product_type"],
                 "results":[{"dimension_values":["CAROUSEL_CONTAINER"],"value":100},{"dimension_values":["POST"],"value":124}]}]},
              "id":"17841405309211844/insights/reach/day"}],
             "paging":{"previous":"https://graph…&since=1&until=2","next":"…"}}
            """);
        var since = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

        var metrics = await fake.Get<IInstagramInsights>().GetAccountInsightsAsync(FakeInstagram.Access,
            new AccountInsightsRequest(["reach"]) { Breakdown = "media_product_type", Since = since, Until = since.AddDays(7) });

        var query = fake.Single().Query;
        Assert.Equal(("reach", "day", "total_value", "media_product_type"), (query["metric"], query["period"], query["metric_type"], query["breakdown"]));
        Assert.Equal(since.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), query["since"]);
        Assert.Equal(224, metrics[0].TotalValue!.Value);
        Assert.Equal(["POST"], metrics[0].TotalValue!.Breakdowns![0].Results[1].DimensionValues);
    }

    [Fact]
    public async Task A_time_series_parses_end_times()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""
            {"data":[{"name":"reach","period":"day","values":[{"value":31,"end_time":"2025-03-01T08:00:00+0000"},{"value":40,"end_time":"2025-03-02T08:00:00+0000"}],
                      "title":"…","description":"…","id":"1784/insights/reach/day"}],"paging":{}}
            """);

        var metrics = await fake.Get<IInstagramInsights>().GetAccountInsightsAsync(FakeInstagram.Access, new AccountInsightsRequest(["reach"], MetricType: InsightMetricType.TimeSeries));

        Assert.Equal(new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero), metrics[0].Values![1].EndTime);
    }

    [Theory]
    [InlineData("profile_views")]
    [InlineData("website_clicks")]
    [InlineData("impressions")]
    public void Removed_account_metrics_are_refused(string metric)
    {
        Assert.NotEmpty(InsightCatalog.ValidateAccount(new AccountInsightsRequest([metric])));
    }

    [Fact]
    public void Account_metrics_must_match_their_period_type_and_breakdowns()
    {
        Assert.NotEmpty(InsightCatalog.ValidateAccount(new AccountInsightsRequest(["follower_demographics"])));
        Assert.Empty(InsightCatalog.ValidateAccount(new AccountInsightsRequest(["follower_demographics"], InsightPeriod.Lifetime) { Breakdown = "country", Timeframe = "this_month" }));
        Assert.NotEmpty(InsightCatalog.ValidateAccount(new AccountInsightsRequest(["views"], MetricType: InsightMetricType.TimeSeries)));
        Assert.NotEmpty(InsightCatalog.ValidateAccount(new AccountInsightsRequest(["accounts_engaged"]) { Breakdown = "media_product_type" }));
        Assert.NotEmpty(InsightCatalog.ValidateAccount(new AccountInsightsRequest(["follower_demographics"], InsightPeriod.Lifetime) { Timeframe = "last_90_days" }));
    }
}
