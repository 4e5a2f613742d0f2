namespace Cadence.Composer.Features.Media.Storage;

/// <summary>Files under one root folder: the default, and shared storage when the folder is a mounted volume.</summary>
internal sealed class LocalDiskMediaStorage(MediaRoot root) : IMediaStorage
{
    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var path = root.PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Written aside and moved into place, so a reader never sees half a file.
        var partial = path + ".partial";
        await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        File.Move(partial, path, overwrite: true);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = root.PathOf(key);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(root.PathOf(key));
        return Task.CompletedTask;
    }
}
