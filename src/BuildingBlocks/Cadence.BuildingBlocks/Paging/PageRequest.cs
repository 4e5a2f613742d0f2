namespace Cadence.BuildingBlocks.Paging;

/// <summary>A page of a list, numbered from 1, with the size clamped to what a page or API may ask for.</summary>
public sealed record PageRequest
{
    public const int MaxSize = 100;

    public PageRequest(int number = 1, int size = 25)
    {
        Number = Math.Max(1, number);
        Size = Math.Clamp(size, 1, MaxSize);
    }

    public int Number { get; }

    public int Size { get; }

    public int Skip => (Number - 1) * Size;
}
