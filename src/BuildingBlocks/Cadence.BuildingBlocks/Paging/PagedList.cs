namespace Cadence.BuildingBlocks.Paging;

/// <summary>One page of items and the total they were taken from.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, PageRequest Page, int TotalCount)
{
    public int PageCount => TotalCount == 0 ? 1 : (int)Math.Ceiling(TotalCount / (double)Page.Size);

    public bool HasPrevious => Page.Number > 1;

    public bool HasNext => Page.Number < PageCount;
}
