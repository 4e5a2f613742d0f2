using System.Globalization;
using System.Text.Encodings.Web;
using Cadence.BuildingBlocks.Email;
using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.Accounts.Features.Invitations;

internal static class InvitationEmail
{
    public static EmailMessage Create(string to, string agencyName, string inviterName, AgencyRole role, string acceptUrl, DateTime expiresAtUtc)
    {
        var html = HtmlEncoder.Default;
        var expires = expiresAtUtc.ToString("d MMMM yyyy HH:mm", CultureInfo.InvariantCulture);
        var body = $"""
            <p>{html.Encode(inviterName)} invited you to join <strong>{html.Encode(agencyName)}</strong> on Cadence as {Article(role)} <strong>{role}</strong>.</p>
            <p><a href="{html.Encode(acceptUrl)}">Accept invitation</a></p>
            <p>The link works once, until {expires} UTC. If you did not expect this invitation, you can ignore this email.</p>
            """;
        return new EmailMessage(to, $"You're invited to join {agencyName} on Cadence", body);
    }

    private static string Article(AgencyRole role) => role is AgencyRole.Admin or AgencyRole.Owner or AgencyRole.Editor ? "an" : "a";
}
