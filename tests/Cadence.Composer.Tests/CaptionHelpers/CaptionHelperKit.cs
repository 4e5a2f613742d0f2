using AngleSharp.Html.Dom;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Tests.CaptionHelpers;

internal static class CaptionHelperKit
{
    public static string FieldError(this IHtmlDocument document, string field) =>
        document.QuerySelector($"[data-valmsg-for='Input.{field}']")?.TextContent.Trim() ?? string.Empty;

    /// <summary>The body an htmx GET receives, unparsed, so a stray layout would show.</summary>
    public static async Task<string> GetFragmentTextAsync(this HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add(HtmlForms.HtmxHeader, "true");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public static Task<List<HashtagGroup>> GroupsOfAsync(this CadenceAppFactory app, Guid clientId) =>
        app.WithScopeAsync(services => services.GetRequiredService<ComposerDbContext>().HashtagGroups.IgnoreQueryFilters().Where(g => g.ClientId == clientId).ToListAsync());

    public static Task<List<CaptionTemplate>> TemplatesOfAsync(this CadenceAppFactory app, Guid clientId) =>
        app.WithScopeAsync(services => services.GetRequiredService<ComposerDbContext>().CaptionTemplates.IgnoreQueryFilters().Where(t => t.ClientId == clientId).ToListAsync());

    public static async Task<HashtagGroup> AddGroupAsync(this CadenceAppFactory app, Guid agencyId, Guid clientId, string name = "Coffee basics", string hashtags = "#coffee #latte")
    {
        var group = new HashtagGroup { AgencyId = agencyId, ClientId = clientId, Name = name, Hashtags = hashtags };
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ComposerDbContext>();
            db.HashtagGroups.Add(group);
            await db.SaveChangesAsync();
        });
        return group;
    }

    public static async Task<CaptionTemplate> AddTemplateAsync(this CadenceAppFactory app, Guid agencyId, Guid clientId, string name = "Sign-off", string body = "See you at the bar!")
    {
        var template = new CaptionTemplate { AgencyId = agencyId, ClientId = clientId, Name = name, Body = body };
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ComposerDbContext>();
            db.CaptionTemplates.Add(template);
            await db.SaveChangesAsync();
        });
        return template;
    }
}
