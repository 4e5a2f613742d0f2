using Cadence.BuildingBlocks.Results;

namespace Cadence.Instagram;

/// <summary>Base of every failure the client reports.</summary>
public abstract class InstagramException : Exception
{
    protected InstagramException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}

/// <summary>Instagram answered with an error envelope (or a failure status).</summary>
public sealed class InstagramApiException(InstagramError error, Exception? innerException = null)
    : InstagramException($"Instagram error {error.Code}/{error.Subcode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} ({error.Kind}): {error.Message}", innerException)
{
    public InstagramError Error { get; } = error;
}

/// <summary>A request broke Instagram's documented limits; nothing was sent.</summary>
public sealed class InstagramValidationException(IReadOnlyList<Error> errors)
    : InstagramException("Instagram request is invalid: " + string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<Error> Errors { get; } = errors;
}
