namespace Cadence.Composer.Features.Media.Library;

/// <summary>Tags as a person types them ("Summer, launch") and as stored (",summer,launch,").</summary>
internal static class MediaTags
{
    public const int MaxTags = 20;

    public const int MaxTagLength = 40;

    public static IReadOnlyList<string> Parse(string? typed) =>
        (typed ?? string.Empty)
            .Split([',', ';', '#'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Normalize)
            .Where(tag => tag.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static string Normalize(string tag) => string.Join(' ', tag.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static string Store(IReadOnlyList<string> tags) => tags.Count == 0 ? string.Empty : $",{string.Join(',', tags)},";

    public static IReadOnlyList<string> Read(string stored) => stored.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The LIKE pattern that finds one whole tag in the stored form.</summary>
    public static string Pattern(string tag) => $"%,{Normalize(tag)},%";
}
