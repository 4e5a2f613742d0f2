using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Host.Tests.Tenancy;

/// <summary>
/// Every route the app registers with an id parameter, page handlers and API endpoints alike, asked by one agency for
/// each kind of id another agency owns: each must answer 404, never the other agency's data or a change to it.
/// </summary>
public sealed partial class ForeignIdSweepTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task Another_agencys_ids_answer_404_on_every_route_with_an_id()
    {
        var foreignIds = await SeedOtherAgencyAsync();
        var intruder = await app.CreateAgencyAsync("Intruder Agency");
        var client = app.CreateClientFor(intruder.UserId);
        var token = HtmlForms.AntiforgeryToken(await client.GetDocumentAsync("/"));
        var requests = (await RoutesWithIdAsync()).ToList();

        var leaks = new List<string>();
        foreach (var (method, template) in requests)
        {
            foreach (var id in foreignIds)
            {
                var url = IdParameter().Replace(template, id.ToString());
                using var response = await SendAsync(client, method, url, token);
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    leaks.Add($"{method} {url} answered {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(requests.Count(r => r.Template.StartsWith("/api/", StringComparison.Ordinal)) >= 3, "The sweep found fewer API routes than exist.");
        Assert.True(requests.Count(r => !r.Template.StartsWith("/api/", StringComparison.Ordinal)) >= 3, "The sweep found fewer page routes than exist.");
        Assert.Empty(leaks);
    }

    private async Task<IEnumerable<(string Method, string Template)>> RoutesWithIdAsync()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.Parameters.Any(p => p.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase)));
        var loader = app.Services.GetRequiredService<PageLoader>();
        var routes = new List<(string, string)>();
        foreach (var endpoint in endpoints)
        {
            var template = "/" + OptionalParameter().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), string.Empty).TrimEnd('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                routes.AddRange(compiled.HandlerMethods.Select(handler =>
                    (handler.HttpMethod.ToUpperInvariant(), handler.Name is null ? template : $"{template}?handler={handler.Name}")));
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                routes.AddRange(methods.Select(method => (method, template)));
            }
        }

        return routes.Distinct();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        request.Headers.Add("RequestVerificationToken", token);
        if (method != "GET")
        {
            request.Content = url.StartsWith("/api/", StringComparison.Ordinal)
                ? new StringContent("{}", Encoding.UTF8, "application/json")
                : new FormUrlEncodedContent([new("Role", nameof(AgencyRole.Admin))]);
        }

        return await client.SendAsync(request);
    }

    private async Task<Guid[]> SeedOtherAgencyAsync()
    {
        var owner = await app.CreateAgencyAsync("Victim Agency");
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Secret Client");
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        return await app.WithScopeAsync(async services =>
        {
            services.GetRequiredService<CurrentAgency>().ActFor(owner.AgencyId);
            var db = services.GetRequiredService<AccountsDbContext>();
            var membership = await db.Memberships.SingleAsync(m => m.UserId == editor.UserId);
            var invitation = new Invitation
            {
                AgencyId = owner.AgencyId,
                Email = "pending@example.test",
                NormalizedEmail = "PENDING@EXAMPLE.TEST",
                Role = AgencyRole.Viewer,
                TokenHash = Guid.NewGuid().ToString("N"),
                InvitedByUserId = owner.UserId,
                CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
                ExpiresAtUtc = app.Clock.GetUtcNow().UtcDateTime.Add(Invitation.Lifetime),
            };
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync();
            return new[] { clientId, membership.Id, invitation.Id, editor.UserId, owner.AgencyId };
        });
    }

    [GeneratedRegex(@"\{[^}]*id(:[^}?]*)?\??\}", RegexOptions.IgnoreCase)]
    private static partial Regex IdParameter();

    [GeneratedRegex(@"\{(?![^}]*id\b)[^}]*\?\}", RegexOptions.IgnoreCase)]
    private static partial Regex OptionalParameter();
}
