using Cadence.Accounts.Contracts.Clients;

namespace Cadence.Composer.Areas.Composer.Pages.HashtagGroups;

/// <summary>What the shared <c>_Form</c> fragment needs from the Create and Edit pages.</summary>
internal interface IHashtagGroupFormPage
{
    HashtagGroupInput Input { get; }

    ClientSummary Client { get; }

    /// <summary>The group being edited; null on Create.</summary>
    Guid? GroupId { get; }
}
