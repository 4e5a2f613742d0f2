namespace Cadence.Composer.Features.Media.Import;

/// <summary>A fetched file in a temporary file that disappears when disposed.</summary>
internal sealed class DownloadedFile(string? fileName, FileStream content) : IAsyncDisposable
{
    public string? FileName { get; } = fileName;

    public FileStream Content { get; } = content;

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
