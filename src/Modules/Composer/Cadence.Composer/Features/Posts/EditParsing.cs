using System.Globalization;

namespace Cadence.Composer.Features.Posts;

/// <summary>Reads the editor's typed numbers and lists leniently (a comma for a decimal point, @ before a username).</summary>
internal static class EditParsing
{
    public static List<string> Usernames(string? value) =>
        (value ?? string.Empty).Split([',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.TrimStart('@'))
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static bool Seconds(string? value, out int? milliseconds)
    {
        milliseconds = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!double.TryParse(value.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            || double.IsNaN(seconds) || seconds < 0 || seconds > EditLimits.MaxThumbOffsetSeconds)
        {
            return false;
        }

        milliseconds = (int)Math.Round(seconds * 1000);
        return true;
    }

    public static bool Fraction(string? value, out double fraction) =>
        double.TryParse((value ?? string.Empty).Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out fraction)
        && fraction is >= 0 and <= 1;
}
