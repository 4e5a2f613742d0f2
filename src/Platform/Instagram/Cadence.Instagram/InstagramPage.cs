using System.Runtime.CompilerServices;

namespace Cadence.Instagram;

/// <summary>One page of an edge. <see cref="After"/> is set only when a next page exists.</summary>
public sealed record InstagramPage<T>(IReadOnlyList<T> Items, string? After, string? Before)
{
    public bool HasNext => After is not null;
}

/// <summary>A page size and cursor; Instagram's default page size is 25 and comments stop at 50.</summary>
public sealed record PageCursor(int? Limit = null, string? After = null, string? Before = null);

internal static class Pager
{
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(
        Func<PageCursor, CancellationToken, Task<InstagramPage<T>>> fetch,
        int? pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = new PageCursor(pageSize);
        while (true)
        {
            var page = await fetch(cursor, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            if (!page.HasNext || page.Items.Count == 0)
            {
                yield break;
            }

            cursor = cursor with { After = page.After };
        }
    }
}
