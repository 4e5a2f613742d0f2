using System.Text;
using Deque.AxeCore.Playwright;

namespace Cadence.EndToEndTests.Accessibility;

/// <summary>Runs the axe-core bundled with Deque.AxeCore.Playwright on the current page.</summary>
public static class Axe
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Fails with every serious or critical violation listed: rule, help, and each offending element.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        if (blocking.Count == 0)
        {
            return;
        }

        var report = new StringBuilder($"{blocking.Count} serious or critical accessibility violation(s) on {page.Url}:");
        foreach (var violation in blocking)
        {
            report.AppendLine().Append("- [").Append(violation.Impact).Append("] ").Append(violation.Id).Append(": ")
                .Append(violation.Help).Append(" (").Append(violation.HelpUrl).Append(')');
            foreach (var node in violation.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message);
                report.AppendLine().Append("    ").Append(node.Target).Append(" -> ").Append(node.Html)
                    .AppendLine().Append("      ").Append(string.Join(" / ", checks));
            }
        }

        Assert.Fail(report.ToString());
    }
}
