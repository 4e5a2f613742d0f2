using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cadence.Host.Infrastructure;

/// <summary>"Healthy" when all is well; otherwise the status followed by what each failing check said, for people and probes.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var problems = report.Entries.Values
            .Where(e => e.Status != HealthStatus.Healthy)
            .Select(e => e.Description ?? e.Exception?.Message)
            .OfType<string>()
            .ToList();
        var text = problems.Count == 0 ? report.Status.ToString() : $"{report.Status}: {string.Join("; ", problems)}";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
