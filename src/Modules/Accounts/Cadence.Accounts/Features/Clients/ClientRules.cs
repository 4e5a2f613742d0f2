using System.Text.RegularExpressions;
using Cadence.BuildingBlocks.Results;

namespace Cadence.Accounts.Features.Clients;

/// <summary>What a client's fields must look like, for the pages and the API alike. Field names match the form inputs.</summary>
internal static partial class ClientRules
{
    public const int NameMaxLength = 120;
    public const int NotesMaxLength = 4000;
    public const string DefaultBrandColor = "#1F6FEB";

    public static string NormalizeName(string? name) => (name ?? string.Empty).Trim();

    public static string? NormalizeNotes(string? notes) => string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();

    public static string NormalizeColor(string color) => color.ToUpperInvariant();

    public static Error? CheckName(string name) => name switch
    {
        "" => Error.Validation("Name", "Enter the client's name."),
        { Length: > NameMaxLength } => Error.Validation("Name", $"Keep the name to {NameMaxLength} characters or fewer."),
        _ => null,
    };

    public static Error? CheckTimeZone(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId)
        && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
        && zone.HasIanaId
            ? null
            : Error.Validation("TimeZone", "Choose a time zone from the list (an IANA zone such as Europe/London).");

    public static Error? CheckBrandColor(string? color) =>
        color is not null && HexColor().IsMatch(color)
            ? null
            : Error.Validation("BrandColor", "Choose a colour written as #RRGGBB, for example #1F6FEB.");

    public static Error? CheckNotes(string? notes) =>
        notes is { Length: > NotesMaxLength }
            ? Error.Validation("Notes", $"Keep the notes to {NotesMaxLength} characters or fewer.")
            : null;

    public static Error NameTaken(string name) => Error.Conflict($"Another active client is already called \"{name}\".", "Name");

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColor();
}
