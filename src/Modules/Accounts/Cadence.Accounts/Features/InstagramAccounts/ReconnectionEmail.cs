using System.Text.Encodings.Web;
using Cadence.BuildingBlocks.Email;

namespace Cadence.Accounts.Features.InstagramAccounts;

internal static class ReconnectionEmail
{
    public static EmailMessage Create(string to, string username, string clientName, string reason, string clientPageUrl)
    {
        var html = HtmlEncoder.Default;
        var body = $"""
            <p>Instagram stopped accepting Cadence's access to <strong>@{html.Encode(username)}</strong> ({html.Encode(clientName)}).</p>
            <p>Instagram said: {html.Encode(reason)}</p>
            <p>Until the account is reconnected, nothing can be published to it and its scheduled posts are held.</p>
            <p><a href="{html.Encode(clientPageUrl)}">Reconnect @{html.Encode(username)}</a> — or send {html.Encode(clientName)} a reconnect link from that page if they hold the Instagram password.</p>
            """;
        return new EmailMessage(to, $"Reconnect @{username} to keep publishing for {clientName}", body);
    }
}
