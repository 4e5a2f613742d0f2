namespace Cadence.Composer.Features.Media.Upload;

/// <summary>One file for a client's library, from the browser or fetched from a URL. <paramref name="Content"/> must be seekable.</summary>
internal sealed record MediaUpload(Guid ClientId, string? FileName, Stream Content);
