namespace Cadence.Composer.Features.Media.Storage;

/// <summary>Where media files live. Keys are relative paths made by Cadence ("{agency}/{client}/{asset}/publish.jpg").</summary>
internal interface IMediaStorage
{
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>The file, or null when no file has that key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
