using System.Globalization;

namespace Cadence.Composer.Features.Validation;

/// <summary>Numbers, sizes and lengths the way rule messages say them ("2,201", "8.1 MB", "2.5 s", "15 min 0.001 s").</summary>
internal static class RuleText
{
    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Size(long bytes)
    {
        var megabytes = (double)bytes / InstagramLimits.Megabyte;
        return megabytes >= 0.1
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(megabytes * 1000) / 1000:0.###} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(bytes / 1024.0):0} KB");
    }

    public static string Duration(long milliseconds)
    {
        if (milliseconds <= 60_000)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 1000.0:0.###} s");
        }

        var minutes = milliseconds / 60_000;
        var seconds = milliseconds % 60_000 / 1000.0;
        return seconds == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes} min")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes} min {seconds:0.###} s");
    }

    public static string Pixels(int width, int height) => $"{Number(width)} × {Number(height)} px";
}
