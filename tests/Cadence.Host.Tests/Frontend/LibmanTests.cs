using System.Text.Json;

namespace Cadence.Host.Tests.Frontend;

/// <summary>LibMan cannot run here, so libman.json declares and wwwroot/lib holds the files: they must agree.</summary>
public sealed class LibmanTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Every_file_libman_declares_is_committed_under_wwwroot_lib()
    {
        var missing = Declared().Where(path => !File.Exists(Path.Combine(Root, path))).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_file_under_wwwroot_lib_is_declared_in_libman()
    {
        var declared = Declared().Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var lib = Path.Combine(Root, "src", "Host", "wwwroot", "lib");

        var undeclared = Directory.EnumerateFiles(lib, "*", SearchOption.AllDirectories)
            .Where(file => !declared.Contains(Path.GetFullPath(file)))
            .Select(file => Path.GetRelativePath(Root, file))
            .ToList();

        Assert.Empty(undeclared);
    }

    [Fact]
    public void Htmx_is_pinned_to_2_0_and_the_committed_file_is_that_version()
    {
        var htmx = Libraries().Single(library => library.GetProperty("library").GetString()!.StartsWith("htmx.org@", StringComparison.Ordinal));
        var version = htmx.GetProperty("library").GetString()!["htmx.org@".Length..];
        var file = File.ReadAllText(Path.Combine(Root, htmx.GetProperty("destination").GetString()!, "dist", "htmx.min.js"));

        Assert.StartsWith("2.0.", version, StringComparison.Ordinal);
        Assert.Contains($"version:\"{version}\"", file, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Declared() =>
        Libraries().SelectMany(library => library.GetProperty("files").EnumerateArray()
            .Select(file => Path.Combine(Root, library.GetProperty("destination").GetString()!, file.GetString()!)));

    private static IEnumerable<JsonElement> Libraries() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "libman.json"))).RootElement.GetProperty("libraries").EnumerateArray();

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "libman.json")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("libman.json not found above the test output.");
    }
}
