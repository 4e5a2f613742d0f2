using System.Net;
using AngleSharp.Html.Dom;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Tests.Posts;

/// <summary>An agency with a client and a linked account, and the editor's requests as a browser sends them.</summary>
internal static class PostTestKit
{
    public const string ListUrl = "/composer/posts";
    public const string NewUrl = "/composer/posts/new";

    public static string EditUrl(Guid postId) => $"/composer/posts/{postId}";

    public static string SaveUrl(Guid postId) => $"/composer/posts/{postId}?handler=Save";

    public static string LiveUrl(Guid postId) => $"/composer/posts/{postId}?handler=Live";

    public static string DeleteUrl(Guid postId) => $"/composer/posts/{postId}/delete";

    public static async Task<Studio> CreateStudioAsync(this CadenceAppFactory app, string timeZone = "America/New_York")
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Blue Bottle", timeZone);
        var accountId = await app.AddLinkedAccountAsync(owner.AgencyId, clientId, "bluebottle");
        return new Studio(owner, clientId, accountId, app.CreateClientFor(owner.UserId));
    }

    public static async Task<Guid> CreatePostAsync(this HttpClient http, Guid clientId, PostFormat format, params Guid[] accountIds)
    {
        var fields = new List<KeyValuePair<string, string>> { new("ClientId", clientId.ToString()), new("Format", format.ToString()) };
        fields.AddRange(accountIds.Select(id => new KeyValuePair<string, string>("AccountIds", id.ToString())));
        using var response = await http.PostFormAsync(NewUrl, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>The editor form as the page drew it, with <paramref name="changes"/> over it, posted as htmx does.</summary>
    public static async Task<HttpResponseMessage> SaveAsync(this HttpClient http, Guid postId, IDictionary<string, string> changes, bool htmx = true, string? url = null)
    {
        var page = await http.GetDocumentAsync(EditUrl(postId));
        var fields = FormFields(page);
        foreach (var (name, value) in changes)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        return await http.PostWithTokenAsync(url ?? SaveUrl(postId), HtmlForms.AntiforgeryToken(page), fields, htmx);
    }

    public static List<KeyValuePair<string, string>> FormFields(IHtmlDocument page)
    {
        var form = (IHtmlFormElement)page.QuerySelector("#post-form")!;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                case IHtmlInputElement { Type: "submit" }:
                case IHtmlButtonElement:
                case IHtmlInputElement { Name: "__RequestVerificationToken" }:
                    continue;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement textArea:
                    fields.Add(new(textArea.Name!, textArea.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(select.Name!, select.Value ?? string.Empty));
                    break;
            }
        }

        return fields;
    }

    public static Task<Post> LoadPostAsync(this CadenceAppFactory app, Guid postId) =>
        app.WithScopeAsync(services => services.GetRequiredService<ComposerDbContext>().Posts.IgnoreQueryFilters()
            .Include(p => p.Items).Include(p => p.Accounts).Include(p => p.Activity).AsNoTracking().SingleAsync(p => p.Id == postId));

    public static Task<bool> PostExistsAsync(this CadenceAppFactory app, Guid postId) =>
        app.WithScopeAsync(services => services.GetRequiredService<ComposerDbContext>().Posts.IgnoreQueryFilters().AnyAsync(p => p.Id == postId));

    public static async Task<IHtmlDocument> ParseAsync(this HttpResponseMessage response) => await HtmlForms.ParseAsync(response);

    public static string Problem(this IHtmlDocument page, string id) => page.GetElementById(id)?.TextContent.Trim() ?? string.Empty;
}

internal sealed record Studio(TestMember Owner, Guid ClientId, Guid AccountId, HttpClient Http);
