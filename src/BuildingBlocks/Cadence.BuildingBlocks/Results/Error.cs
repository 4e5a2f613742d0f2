namespace Cadence.BuildingBlocks.Results;

/// <summary>A failure a person can act on. <paramref name="Field"/> names the input it belongs to, when there is one.</summary>
public sealed record Error(string Code, string Message, string? Field = null)
{
    public static Error NotFound(string what) => new("not_found", $"{what} was not found.");

    public static Error Validation(string field, string message) => new("validation", message, field);

    public static Error Forbidden(string message) => new("forbidden", message);

    public static Error Conflict(string message, string? field = null) => new("conflict", message, field);
}
