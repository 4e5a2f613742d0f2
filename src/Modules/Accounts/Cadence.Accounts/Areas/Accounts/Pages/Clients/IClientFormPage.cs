using Cadence.Accounts.Features.Clients;

namespace Cadence.Accounts.Areas.Accounts.Pages.Clients;

/// <summary>What the shared <c>_Form</c> fragment needs from the Create and Edit pages.</summary>
internal interface IClientFormPage
{
    ClientFormInput Input { get; }

    /// <summary>The client being edited; null on Create.</summary>
    ClientDetails? Client { get; }

    IReadOnlyList<TimeZoneGroup> TimeZones { get; }
}
