namespace Cadence.EndToEndTests.Pages;

/// <summary>A client's media library: the upload form with its per-file progress, the search and the grid of files.</summary>
public sealed class MediaLibraryPage(IPage page)
{
    public static string Path(Guid clientId) => $"/Composer/Media?clientId={clientId}";

    public ILocator FilePicker => page.GetByLabel("Choose files", new() { Exact = true });

    public ILocator UploadButton => page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true });

    public ILocator Uploads => page.GetByRole(AriaRole.List, new() { Name = "Uploads", Exact = true });

    public ILocator Search => page.GetByRole(AriaRole.Searchbox, new() { Name = "Search by file name or tag", Exact = true });

    public ILocator Files => page.GetByRole(AriaRole.List, new() { Name = "Files", Exact = true });

    public ILocator Tiles => Files.GetByRole(AriaRole.Listitem);

    /// <summary>The tile whose name links to the file's details.</summary>
    public ILocator Tile(string fileName) =>
        Tiles.Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = fileName, Exact = true }) });

    /// <summary>The tile's thumbnail: decorative beside the file's name link, so found inside the tile.</summary>
    public ILocator Thumbnail(string fileName) => Tile(fileName).Locator("img");

    public ILocator Progress(string fileName) => Uploads.GetByRole(AriaRole.Progressbar, new() { Name = $"Uploading {fileName}", Exact = true });

    public async Task OpenAsync(Guid clientId)
    {
        await page.GotoAsync(Path(clientId));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Media library", Exact = true, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Chooses the files, presses Upload, and waits until each row of the progress list says its file was added.</summary>
    public async Task UploadAsync(params string[] paths)
    {
        await FilePicker.SetInputFilesAsync(paths);
        await UploadButton.ClickAsync();
        foreach (var name in paths.Select(System.IO.Path.GetFileName))
        {
            await Expect(Uploads.GetByRole(AriaRole.Status).Filter(new() { HasText = $"{name}: added." })).ToBeVisibleAsync();
            await Expect(Progress(name!)).ToHaveJSPropertyAsync("value", 100);
            await Expect(Tile(name!)).ToBeVisibleAsync();
        }
    }
}
