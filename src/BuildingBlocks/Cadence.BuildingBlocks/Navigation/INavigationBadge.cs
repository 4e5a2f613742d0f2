namespace Cadence.BuildingBlocks.Navigation;

/// <summary>
/// A live count shown next to a module's navigation item (unread alerts, say). The layout asks every badge for its count
/// when it renders the navigation, for the signed-in member and current agency; zero shows nothing.
/// </summary>
public interface INavigationBadge
{
    /// <summary>The <see cref="NavigationItem.Area"/> and <see cref="NavigationItem.Page"/> of the item it belongs to.</summary>
    string Area { get; }

    string Page { get; }

    /// <summary>What the count counts, read out after it ("3 unread").</summary>
    string Label { get; }

    Task<int> CountAsync(CancellationToken cancellationToken);
}
