namespace Cadence.Instagram.Http;

internal sealed record GraphPage<T>(IReadOnlyList<T>? Data, GraphPaging? Paging)
{
    public InstagramPage<T> ToPage() =>
        new(Data ?? [], Paging?.Next is null ? null : Paging.Cursors?.After, Paging?.Previous is null ? null : Paging.Cursors?.Before);
}

internal sealed record GraphPaging(GraphCursors? Cursors, string? Next, string? Previous);

internal sealed record GraphCursors(string? Before, string? After);

internal sealed record GraphId(string Id);

internal sealed record GraphSuccess(bool Success);

internal sealed record GraphData<T>(IReadOnlyList<T>? Data);
