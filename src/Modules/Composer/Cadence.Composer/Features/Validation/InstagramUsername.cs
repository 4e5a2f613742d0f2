using System.Text.RegularExpressions;

namespace Cadence.Composer.Features.Validation;

/// <summary>Instagram's username rules: 1–30 letters, digits, periods and underscores.</summary>
internal static partial class InstagramUsername
{
    public static bool IsValid(string? username) => username is not null && Pattern().IsMatch(username);

    public static string Invalid(string? username) =>
        $"\"{username}\" is not an Instagram username: use 1–30 letters, digits, periods or underscores, without the @.";

    [GeneratedRegex("^[A-Za-z0-9._]{1,30}$")]
    private static partial Regex Pattern();
}
