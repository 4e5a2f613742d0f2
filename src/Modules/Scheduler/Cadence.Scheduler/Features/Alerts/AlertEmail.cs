using System.Text.Encodings.Web;
using Cadence.BuildingBlocks.Email;

namespace Cadence.Scheduler.Features.Alerts;

internal static class AlertEmail
{
    public static EmailMessage Create(string to, string subject, string message, string linkText, string linkUrl)
    {
        var html = HtmlEncoder.Default;
        var body = $"""
            <p>{html.Encode(message)}</p>
            <p><a href="{html.Encode(linkUrl)}">{html.Encode(linkText)}</a></p>
            <p>You receive this as an Owner or Admin of the agency in Cadence.</p>
            """;
        return new EmailMessage(to, subject, body);
    }
}
