using Cadence.BuildingBlocks.Navigation;

namespace Cadence.Host.ViewComponents;

/// <summary>A navigation item as shown: with its badge's count and label when a module gave it one.</summary>
public sealed record NavigationLink(NavigationItem Item, int BadgeCount = 0, string? BadgeLabel = null);
