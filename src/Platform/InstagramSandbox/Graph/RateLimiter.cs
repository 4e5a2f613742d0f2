using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.State;
using Microsoft.Extensions.Options;

namespace Cadence.InstagramSandbox.Graph;

/// <summary>
/// Rolling one-hour call budgets per account (Business Use Case, code 80002) and per app (code 4), reported in
/// <c>X-Business-Use-Case-Usage</c> and <c>X-App-Usage</c> as percentages. Calls made while throttled still count,
/// so they extend the penalty as on Instagram.
/// </summary>
internal sealed class RateLimiter(SandboxState state, SandboxClock clock, IOptions<SandboxOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public void Count(HttpContext context, string accountId)
    {
        var now = clock.GetUtcNow();
        int accountPercent, appPercent, regainMinutes;
        lock (state.Gate)
        {
            if (!state.AccountCalls.TryGetValue(accountId, out var calls))
            {
                calls = new Queue<DateTimeOffset>();
                state.AccountCalls[accountId] = calls;
            }
            Trim(calls, now);
            Trim(state.AppCalls, now);
            calls.Enqueue(now);
            state.AppCalls.Enqueue(now);
            accountPercent = Percent(calls.Count, options.Value.AccountCallsPerHour);
            appPercent = Percent(state.AppCalls.Count, options.Value.AppCallsPerHour);
            var oldest = calls.Peek();
            regainMinutes = accountPercent > 100 ? Math.Max(1, (int)Math.Ceiling((oldest + Window - now).TotalMinutes)) : 0;
        }
        var app = new JsonObject { ["call_count"] = appPercent, ["total_cputime"] = appPercent / 2, ["total_time"] = appPercent / 2 };
        var buc = new JsonObject
        {
            [accountId] = new JsonArray(new JsonObject
            {
                ["type"] = "instagram",
                ["call_count"] = accountPercent,
                ["total_cputime"] = accountPercent / 2,
                ["total_time"] = accountPercent / 2,
                ["estimated_time_to_regain_access"] = regainMinutes,
            }),
        };
        context.Response.Headers["X-App-Usage"] = app.ToJsonString();
        context.Response.Headers["X-Business-Use-Case-Usage"] = buc.ToJsonString();
        if (accountPercent > 100)
        {
            throw new GraphException(80002, null,
                "There have been too many calls to this Instagram account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.",
                isTransient: true);
        }
        if (appPercent > 100)
        {
            throw new GraphException(4, null, "(#4) Application request limit reached", isTransient: true);
        }
    }

    private static void Trim(Queue<DateTimeOffset> calls, DateTimeOffset now)
    {
        while (calls.Count > 0 && calls.Peek() <= now - Window)
        {
            calls.Dequeue();
        }
    }

    private static int Percent(int count, int budget) =>
        budget <= 0 ? 0 : (int)Math.Ceiling(count * 100.0 / budget);

}
