namespace Cadence.BuildingBlocks.Navigation;

/// <summary>
/// A module's place in the main navigation. <paramref name="Page"/> is null while the module has nothing to show yet;
/// the layout then lists it as coming, not as a link.
/// </summary>
public sealed record NavigationItem(string Title, string Area, string? Page, int Order, string? Policy = null);
