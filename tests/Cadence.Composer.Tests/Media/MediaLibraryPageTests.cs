using System.Globalization;
using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using static Cadence.Composer.Tests.Media.MediaLibraryKit;

namespace Cadence.Composer.Tests.Media;

public sealed class MediaLibraryPageTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task The_library_lists_a_clients_files_with_their_facts_and_usage_and_the_navigation_links_to_it()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var used = await app.AddImageAsync(owner.AgencyId, clientId, 1080, 1350, "beach.jpg");
        await app.AddVideoAsync(owner.AgencyId, clientId, durationMs: 75_000, fileName: "reel.mp4");
        await app.AddPostUsingAsync(used);
        await app.AddPostUsingAsync(used, asCover: true);

        var page = await app.CreateClientFor(owner.UserId).GetDocumentAsync(LibraryUrl(clientId));

        var tiles = page.QuerySelectorAll("#media-grid .media-tile").Select(t => t.TextContent).ToList();
        Assert.Equal(2, tiles.Count);
        Assert.Contains(tiles, t => t.Contains("beach.jpg", StringComparison.Ordinal) && t.Contains("1080 × 1350", StringComparison.Ordinal) && t.Contains("Used in 2 posts", StringComparison.Ordinal));
        Assert.Contains(tiles, t => t.Contains("reel.mp4", StringComparison.Ordinal) && t.Contains("1:15", StringComparison.Ordinal) && t.Contains("Not used yet", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("[data-media-upload]"));
        Assert.Contains(page.QuerySelectorAll("nav.sidebar a"), a => a.TextContent == "Media" && a.GetAttribute("href") == "/Composer/Media");
    }

    [Fact]
    public async Task Search_folder_and_tag_filters_answer_the_results_fragment_to_htmx_and_the_page_otherwise()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var beach = await app.AddImageAsync(owner.AgencyId, clientId, fileName: "beach.jpg");
        await app.AddImageAsync(owner.AgencyId, clientId, fileName: "office.jpg");
        var http = app.CreateClientFor(owner.UserId);
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(DetailsUrl(beach.Id)));
        using var saved = await http.PostWithTokenAsync(HandlerUrl(beach.Id, "Details"), token, [new("Input.Folder", "Summer 2026"), new("Input.Tags", "Launch, #Beach ,launch")], htmx: true);

        var bySearch = await http.GetFragmentAsync($"{LibraryUrl(clientId)}&q=BEA");
        var byTag = await http.GetFragmentAsync($"{LibraryUrl(clientId)}&tag=launch");
        var byFolder = await http.GetDocumentAsync($"{LibraryUrl(clientId)}&folder={Uri.EscapeDataString("Summer 2026")}");
        var none = await http.GetFragmentAsync($"{LibraryUrl(clientId)}&q=nothing-like-this");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(",launch,beach,", (await app.AssetsAsync(clientId)).Single(a => a.Id == beach.Id).Tags);
        Assert.Null(bySearch.QuerySelector("html > head > title"));
        Assert.Equal(["beach.jpg"], bySearch.QuerySelectorAll(".media-name").Select(n => n.TextContent));
        Assert.Equal(["beach.jpg"], byTag.QuerySelectorAll(".media-name").Select(n => n.TextContent));
        Assert.NotNull(byFolder.QuerySelector("html > head > title"));
        Assert.Equal(["beach.jpg"], byFolder.QuerySelectorAll("#media-results .media-name").Select(n => n.TextContent));
        Assert.Contains(byFolder.QuerySelectorAll("#media-folder option"), o => o.TextContent == "Summer 2026" && o.HasAttribute("selected"));
        Assert.Contains("No files match these filters", none.QuerySelector("#media-results")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_library_says_what_to_do_next()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var viewer = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Viewer);

        var forOwner = await app.CreateClientFor(owner.UserId).GetDocumentAsync(LibraryUrl(clientId));
        var forViewer = await app.CreateClientFor(viewer.UserId).GetDocumentAsync(LibraryUrl(clientId));
        var noClients = await app.CreateClientFor((await app.CreateAgencyAsync("Empty Agency")).UserId).GetDocumentAsync("/Composer/Media");

        Assert.Contains("Drop files on the upload area", forOwner.QuerySelector(".empty-state")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ask one to add", forViewer.QuerySelector(".empty-state")!.TextContent, StringComparison.Ordinal);
        Assert.Null(forViewer.QuerySelector("[data-media-upload]"));
        Assert.Contains("Go to Clients", noClients.QuerySelector(".empty-state")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_upload_page_answers_its_panel_to_htmx_and_the_whole_page_otherwise()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var http = app.CreateClientFor(owner.UserId);

        var fragment = await http.GetFragmentAsync(UploadUrl(clientId));
        var page = await http.GetDocumentAsync(UploadUrl(clientId));

        Assert.Null(fragment.QuerySelector("html > head > title"));
        Assert.NotNull(fragment.QuerySelector("#media-upload form[data-media-upload] input[type=file][multiple]"));
        Assert.NotNull(fragment.QuerySelector("#media-import input[name=Url]"));
        Assert.NotNull(page.QuerySelector("html > head > title"));
        Assert.NotNull(page.QuerySelector("main #media-upload"));
    }

    [Fact]
    public async Task A_file_a_post_uses_cannot_be_deleted_and_the_page_says_which_posts_use_it()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var asset = await app.AddImageAsync(owner.AgencyId, clientId);
        await app.AddPostUsingAsync(asset, caption: "Our autumn blend is here");
        var http = app.CreateClientFor(owner.UserId);
        var page = await http.GetDocumentAsync(DetailsUrl(asset.Id));

        using var response = await http.PostWithTokenAsync(HandlerUrl(asset.Id, "Delete"), HtmlForms.AntiforgeryToken(page), [], htmx: true);
        var fragment = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("1 post uses this file", fragment.QuerySelector("#media-usage [role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Our autumn blend is here", fragment.QuerySelector("#media-usage ul")?.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector("#media-usage button")!.HasAttribute("disabled"));
        Assert.Single(await app.AssetsAsync(clientId));
        Assert.NotNull(await app.ReadFileAsync(asset.PublishKey));
    }

    [Fact]
    public async Task An_unused_file_is_deleted_with_its_files_after_a_confirmation()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var asset = await app.AddImageAsync(owner.AgencyId, clientId, fileName: "old.jpg");
        var http = app.CreateClientFor(owner.UserId);
        var page = await http.GetDocumentAsync(DetailsUrl(asset.Id));

        using var response = await http.PostWithTokenAsync(HandlerUrl(asset.Id, "Delete"), HtmlForms.AntiforgeryToken(page), [], htmx: true);

        Assert.Contains("Delete old.jpg for good?", page.QuerySelector("#media-usage form")?.GetAttribute("hx-confirm"), StringComparison.Ordinal);
        Assert.Equal(LibraryUrl(clientId), response.Headers.GetValues("HX-Redirect").Single());
        Assert.Empty(await app.AssetsAsync(clientId));
        Assert.Null(await app.ReadFileAsync(asset.OriginalKey));
        Assert.Null(await app.ReadFileAsync(asset.ThumbnailKey!));
    }

    [Fact]
    public async Task The_details_page_shows_a_files_facts_and_its_crop_tool()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var video = await app.AddVideoAsync(owner.AgencyId, clientId, durationMs: 12_500);
        var image = await app.AddImageAsync(owner.AgencyId, clientId);
        var http = app.CreateClientFor(owner.UserId);

        var videoPage = await http.GetDocumentAsync(DetailsUrl(video.Id));
        var imagePage = await http.GetDocumentAsync(DetailsUrl(image.Id));

        var facts = videoPage.QuerySelector(".media-metadata")!.TextContent;
        Assert.Contains("0:12", facts, StringComparison.Ordinal);
        Assert.Contains("h264", facts, StringComparison.Ordinal);
        Assert.Null(videoPage.QuerySelector("#media-crop form"));
        Assert.Equal(5, imagePage.QuerySelectorAll("#media-crop input[name='Crop.Aspect']").Length);
        Assert.NotNull(imagePage.QuerySelector("#media-crop [data-focus-picker] img"));
    }

    [Fact]
    public async Task The_details_page_shows_when_the_file_was_added_in_the_clients_time_zone()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, timeZone: "Asia/Tokyo");
        var image = await app.AddImageAsync(owner.AgencyId, clientId);
        var tokyo = TimeZoneInfo.ConvertTimeFromUtc(image.CreatedAtUtc, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));

        var page = await app.CreateClientFor(owner.UserId).GetDocumentAsync(DetailsUrl(image.Id));

        var facts = page.QuerySelector(".media-metadata")!.TextContent;
        Assert.Contains(tokyo.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture), facts, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", facts, StringComparison.Ordinal);
    }
}
