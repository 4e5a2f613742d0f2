namespace Cadence.Composer.Features.Posts;

/// <summary>The start of a caption, for lists where the whole caption does not fit.</summary>
internal static class CaptionExcerpt
{
    public static string Of(string caption, int length = 80) =>
        caption.Length > length ? string.Concat(caption.AsSpan(0, length), "…") : caption;
}
