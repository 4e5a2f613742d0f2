namespace Cadence.Accounts.Areas.Accounts.Pages.Clients;

internal static class ClientFormLimits
{
    /// <summary>Room for a logo a little over its 1 MB limit, so it is refused next to the field rather than by the server.</summary>
    public const int RequestBytes = 4 * 1024 * 1024;
}
