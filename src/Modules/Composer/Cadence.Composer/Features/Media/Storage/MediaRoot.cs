namespace Cadence.Composer.Features.Media.Storage;

/// <summary>The folder media files are kept in, and the one check that keeps every key inside it.</summary>
internal sealed class MediaRoot(string folder)
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(Folder, key));
        if (!path.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The media key '{key}' points outside the media folder.", nameof(key));
        }

        return path;
    }
}
