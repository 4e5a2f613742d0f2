using Cadence.Accounts.Features.Invitations;

namespace Cadence.Accounts.Areas.Accounts.Pages.Invitations;

internal sealed class NewAccountInput
{
    public string? DisplayName { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }

    public AcceptAsNewPersonRequest ToRequest(string? token) => new(token, DisplayName, Password, ConfirmPassword);
}
