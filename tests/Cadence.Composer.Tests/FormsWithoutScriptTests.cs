using Cadence.Composer.Domain;
using Cadence.Composer.Tests.Posts;
using Cadence.Testing;

namespace Cadence.Composer.Tests;

/// <summary>htmx upgrades forms that already work: every form that posts carries its own antiforgery token.</summary>
public sealed class FormsWithoutScriptTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task Every_posting_form_on_the_composer_pages_carries_an_antiforgery_token()
    {
        var studio = await app.CreateStudioAsync();
        var asset = await app.AddImageAsync(studio.Owner.AgencyId, studio.ClientId);
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);
        string[] pages =
        [
            PostTestKit.EditUrl(postId),
            $"/Composer/Media?clientId={studio.ClientId}",
            $"/Composer/Media/Details/{asset.Id}",
            $"/Composer/HashtagGroups/Create?clientId={studio.ClientId}",
            $"/Composer/CaptionTemplates/Create?clientId={studio.ClientId}",
        ];

        foreach (var url in pages)
        {
            var page = await studio.Http.GetDocumentAsync(url);
            var forms = page.QuerySelectorAll("form[method=post]");
            Assert.NotEmpty(forms);
            Assert.All(forms, form => Assert.True(
                form.QuerySelector("input[name=__RequestVerificationToken]") is not null,
                $"A form on {url} posting to {form.GetAttribute("action")} has no antiforgery token."));
        }
    }
}
