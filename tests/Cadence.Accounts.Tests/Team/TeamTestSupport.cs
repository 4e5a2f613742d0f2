using AngleSharp.Html.Parser;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Infrastructure.Email;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Tests.Team;

/// <summary>What the team and invitation tests do over and over: post the team page's forms, read the invitation email, look in the database.</summary>
internal static class TeamTestSupport
{
    public const string TeamPage = "/Accounts/Team";

    public static string Handler(string handler, string? idName = null, Guid? id = null) =>
        id is null ? $"{TeamPage}?handler={handler}" : $"{TeamPage}?handler={handler}&{idName}={id}";

    public static Task<HttpResponseMessage> InviteAsync(
        this HttpClient client, string email, AgencyRole role, IReadOnlyCollection<Guid>? onlyClients = null, bool htmx = false)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Email", email),
            new("Input.Role", role.ToString()),
            new("Input.RestrictedToClients", onlyClients is null ? "false" : "true"),
        };
        fields.AddRange((onlyClients ?? []).Select(id => new KeyValuePair<string, string>("Input.ClientIds", id.ToString())));
        return client.PostFormAsync(TeamPage, fields, Handler("Invite"), htmx);
    }

    public static Task<HttpResponseMessage> ChangeRoleAsync(this HttpClient client, Guid membershipId, AgencyRole role, bool htmx = false) =>
        client.PostFormAsync(TeamPage, [new("newRole", role.ToString())], Handler("ChangeRole", "memberId", membershipId), htmx);

    public static Task<HttpResponseMessage> RemoveAsync(this HttpClient client, Guid membershipId, bool htmx = false) =>
        client.PostFormAsync(TeamPage, [], Handler("Remove", "memberId", membershipId), htmx);

    public static Task<HttpResponseMessage> RevokeAsync(this HttpClient client, Guid invitationId, bool htmx = false) =>
        client.PostFormAsync(TeamPage, [], Handler("Revoke", "invitationId", invitationId), htmx);

    public static StoredEmail MailTo(this CadenceAppFactory app, string email) =>
        app.Services.GetRequiredService<MailboxFolder>().List().First(mail => mail.To == email);

    /// <summary>The "Accept invitation" link of the latest invitation mailed to <paramref name="email"/>, as path and query.</summary>
    public static Uri AcceptLink(this CadenceAppFactory app, string email)
    {
        var body = new HtmlParser().ParseDocument(app.MailTo(email).HtmlBody);
        var link = body.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Accept invitation");
        var absolute = new Uri(link.GetAttribute("href")!, UriKind.Absolute);
        return new Uri(absolute.PathAndQuery, UriKind.Relative);
    }

    public static Task<Membership?> MembershipAsync(this CadenceAppFactory app, Guid agencyId, Guid userId) =>
        app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Memberships.IgnoreQueryFilters()
            .AsNoTracking().SingleOrDefaultAsync(m => m.AgencyId == agencyId && m.UserId == userId));

    public static async Task<Guid> MembershipIdAsync(this CadenceAppFactory app, TestMember member) =>
        (await app.MembershipAsync(member.AgencyId, member.UserId))!.Id;

    public static Task<List<Invitation>> InvitationsToAsync(this CadenceAppFactory app, string email) =>
        app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Invitations.IgnoreQueryFilters()
            .AsNoTracking().Where(i => i.Email == email).OrderBy(i => i.CreatedAtUtc).ThenBy(i => i.Id).ToListAsync());

    public static string NewEmail(string who = "invitee") => $"{who}-{Guid.NewGuid():N}@example.test";
}
