using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Tests.Clients;

/// <summary>Posting the client form as a browser does (multipart, with a logo when given) and reading what it left behind.</summary>
internal static class ClientTestKit
{
    public const string ListUrl = "/Accounts/Clients";
    public const string CreateUrl = "/Accounts/Clients/Create";

    public static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static readonly byte[] WebpBytes = [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8, 0, 0, 0, 0];

    public static string DetailsUrl(Guid id) => $"/Accounts/Clients/Details/{id}";

    public static string EditUrl(Guid id) => $"/Accounts/Clients/Edit/{id}";

    public static string ArchiveUrl(Guid id) => $"/Accounts/Clients/Archive/{id}";

    public static string RestoreUrl(Guid id) => $"/Accounts/Clients/Archive/{id}?handler=Restore";

    public static string LogoUrl(Guid id) => $"/Accounts/Clients/Details/{id}?handler=Logo";

    public static Dictionary<string, string> Fields(
        string name = "Blue Bottle", string timeZone = "Europe/London", string color = "#1f6feb", string notes = "") => new()
    {
        ["Input.Name"] = name,
        ["Input.TimeZone"] = timeZone,
        ["Input.BrandColor"] = color,
        ["Input.Notes"] = notes,
    };

    public static async Task<HttpResponseMessage> PostClientFormAsync(
        this HttpClient http, string pageUrl, IReadOnlyDictionary<string, string> fields, byte[]? logo = null, string logoType = "image/png", bool htmx = false)
    {
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(pageUrl));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(pageUrl, UriKind.Relative));
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        if (logo is not null)
        {
            var file = new ByteArrayContent(logo);
            file.Headers.ContentType = new MediaTypeHeaderValue(logoType);
            content.Add(file, "Input.Logo", "logo.png");
        }

        if (htmx)
        {
            request.Headers.Add(HtmlForms.HtmxHeader, "true");
            request.Headers.Add("RequestVerificationToken", token);
        }
        else
        {
            content.Add(new StringContent(token), "__RequestVerificationToken");
        }

        request.Content = content;
        return await http.SendAsync(request);
    }

    public static string? FieldError(this IHtmlDocument document, string field) =>
        document.QuerySelector($"[data-valmsg-for='Input.{field}']")?.TextContent.Trim();

    public static Guid ClientIdFrom(Uri? location) =>
        Guid.Parse(location!.OriginalString.Split('/', '?')[^1]);

    public static Task<Client?> FindClientAsync(this CadenceAppFactory app, Guid clientId) =>
        app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Clients.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.Id == clientId));

    public static Task<List<Client>> ClientsOfAsync(this CadenceAppFactory app, Guid agencyId) =>
        app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Clients.IgnoreQueryFilters().Where(c => c.AgencyId == agencyId).ToListAsync());

    public static Task<List<OutboxMessage>> OutboxOfAsync(this CadenceAppFactory app, Guid agencyId) =>
        app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().OutboxMessages.Where(m => m.AgencyId == agencyId).ToListAsync());

    public static async Task<HashSet<Guid>> OutboxIdsAsync(this CadenceAppFactory app, Guid agencyId) =>
        [.. (await app.OutboxOfAsync(agencyId)).Select(m => m.Id)];

    /// <summary>Checks that the change wrote exactly one outbox message since <paramref name="before"/>: a <typeparamref name="TEvent"/> about this client.</summary>
    public static async Task AssertOneNewEventAsync<TEvent>(this CadenceAppFactory app, Guid agencyId, Guid clientId, IReadOnlySet<Guid> before)
    {
        var added = (await app.OutboxOfAsync(agencyId)).Where(m => !before.Contains(m.Id)).ToList();
        var message = Assert.Single(added);
        Assert.Equal(typeof(TEvent).FullName, message.Type);
        Assert.Equal(clientId, JsonDocument.Parse(message.Payload).RootElement.GetProperty("ClientId").GetGuid());
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, message.OccurredAtUtc);
    }
}
