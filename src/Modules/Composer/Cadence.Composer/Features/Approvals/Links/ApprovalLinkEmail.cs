using System.Text.Encodings.Web;
using Cadence.BuildingBlocks.Email;

namespace Cadence.Composer.Features.Approvals.Links;

internal static class ApprovalLinkEmail
{
    public static EmailMessage Create(string to, string recipientName, string agencyName, string clientName, int postCount, string url, string expires)
    {
        var html = HtmlEncoder.Default;
        var what = postCount == 1 ? "a post" : $"{postCount} posts";
        var body = $"""
            <p>Hello {html.Encode(recipientName)},</p>
            <p>{html.Encode(agencyName)} asks you to review {what} for <strong>{html.Encode(clientName)}</strong> before they go to Instagram.</p>
            <p><a href="{html.Encode(url)}">Review and approve</a></p>
            <p>You do not need an account. The link works until {html.Encode(expires)} ({html.Encode(clientName)}'s time). Keep it to yourself: anyone with it can approve.</p>
            """;
        return new EmailMessage(to, $"{agencyName}: please approve {what} for {clientName}", body);
    }
}
